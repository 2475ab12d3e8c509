// The main process's IPC boundary, without the Electron binary: sender check, schema, errors as data.
import { describe, expect, it } from 'vitest';
import { trustedUrlCheck, validatedHandler } from '../../electron/main/validated-handler';

const info = { version: '1.0.0', trainingMode: true, platform: 'linux', problems: [] };

describe('validatedHandler', () => {
  const trusted = trustedUrlCheck('file:///opt/kcb/resources/app.asar/out/renderer/index.html');
  const handler = validatedHandler('app:get-info', async () => info, trusted);

  it('answers our own page', async () => {
    const r = await handler(
      { frameUrl: 'file:///opt/kcb/resources/app.asar/out/renderer/index.html' },
      undefined,
    );
    expect(r).toEqual({ ok: true, value: info });
  });

  it('refuses other frames: another file, a web page, an iframe without a URL', async () => {
    for (const frameUrl of ['file:///tmp/evil.html', 'https://example.org/', undefined]) {
      const r = await handler({ frameUrl }, undefined);
      expect(r).toMatchObject({ ok: false, error: { code: 'IPC_UNTRUSTED_SENDER' } });
    }
  });

  it('refuses a payload that does not match the channel schema', async () => {
    const r = await handler(
      { frameUrl: 'file:///opt/kcb/resources/app.asar/out/renderer/index.html' },
      { x: 1 },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'IPC_BAD_REQUEST' } });
  });

  it('returns handler failures as data (errors lose their class across IPC)', async () => {
    const failing = validatedHandler(
      'app:get-info',
      async () => {
        throw new Error('disk full');
      },
      () => true,
    );
    const r = await failing({ frameUrl: 'file:///x' }, undefined);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'IPC_HANDLER_FAILED', messageEn: 'Error: disk full' },
    });
  });

  it('trusts the dev server by origin only', () => {
    const dev = trustedUrlCheck('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('not a url')).toBe(false);
  });
});
