// The reception window's page in real Chromium, built by Vite as the app ships it (strict CSP). The
// preload bridge needs the Electron binary, so `window.kcb` is the one part faked here: a stand-in
// with the same KcbApi shape, injected before the page's scripts run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bhytQr, fifteenCharCard } from '../support/payloads';
import { launchChromium } from './support/capture-pages';

const root = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'kcb-app-shell-'));
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  const config = {
    root: join(root, 'renderer'),
    configFile: false as const,
    logLevel: 'warn' as const,
    base: './',
  };
  await build({
    ...config,
    plugins: [react()],
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  server = await preview({ ...config, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  ({ browser } = await launchChromium());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Installs a stand-in `window.kcb` whose events the test can fire. */
async function openWithBridge(info: object): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 520 } });
  await page.addInitScript((appInfo) => {
    const listeners: Record<string, ((p: unknown) => void)[]> = {};
    Object.assign(window, {
      kcb: {
        invoke: async () => ({ ok: true, value: appInfo }),
        on: (event: string, fn: (p: unknown) => void) => {
          (listeners[event] ??= []).push(fn);
          return () => undefined;
        },
      },
      fire: (event: string, payload: unknown) => listeners[event]?.forEach((fn) => fn(payload)),
    });
  }, info);
  await page.goto(server.resolvedUrls!.local[0]!);
  return page;
}

describe('reception window (placeholder shell)', () => {
  it('labels training mode, shows configuration problems, scanner status and the last scan', async () => {
    const page = await openWithBridge({
      version: '0.1.0',
      trainingMode: true,
      platform: 'win32',
      problems: [
        {
          code: 'SCANNER_SETTINGS_INVALID',
          message: 'Cài đặt máy quét không hợp lệ: KCB_SCANNER_BAUD.',
          messageEn: 'Invalid scanner settings.',
        },
      ],
    });
    await expect.poll(() => page.textContent('.version')).toMatch(/Phiên bản 0\.1\.0/);
    expect(await page.textContent('.training')).toMatch(/CHẾ ĐỘ ĐÀO TẠO/);
    expect(await page.textContent('.problem')).toMatch(/Cài đặt máy quét không hợp lệ/);

    await page.evaluate(() =>
      (window as unknown as { fire: (e: string, p: unknown) => void }).fire('scanner:status', {
        source: 'serial',
        state: 'connected',
        path: 'COM3',
        message: {
          code: 'SCANNER_CONNECTED',
          message: 'Máy quét đã kết nối.',
          messageEn: 'Scanner connected.',
        },
      }),
    );
    await page.evaluate(
      (raw) =>
        (window as unknown as { fire: (e: string, p: unknown) => void }).fire('scan:received', {
          raw,
          source: 'serial',
          receivedAt: Date.now(),
        }),
      bhytQr(fifteenCharCard),
    );
    await expect.poll(() => page.textContent('.last-scan')).toMatch(/Vừa quét: Đặng Thị Ỷ DN4797912345678/);
    expect(await page.textContent('.scanners')).toMatch(/Máy quét \(COM\): Máy quét đã kết nối\./);
    await page.screenshot({ path: join(tmpdir(), 'kcb-app-shell.png') });
    await page.close();
  });

  it('says so when opened in a plain browser without the app bridge', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.resolvedUrls!.local[0]!);
    await expect.poll(() => page.textContent('.version')).toMatch(/chưa kết nối với ứng dụng/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
