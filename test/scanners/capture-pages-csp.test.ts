// The Chromium capture tests claim to prove the wedge and camera work under the app's CSP (zxing-wasm
// needs 'wasm-unsafe-eval' and a same-origin worker): that holds only while the test pages carry the
// very policy renderer/index.html ships.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const cspOf = (path: string) =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
  )?.[1];

describe('capture test pages', () => {
  it.each(['wedge', 'camera'])('%s.html carries the app CSP', (page) => {
    const app = cspOf('renderer/index.html');
    expect(app).toContain("'wasm-unsafe-eval'");
    expect(cspOf(`renderer/capture/test-pages/${page}.html`)).toBe(app);
  });
});
