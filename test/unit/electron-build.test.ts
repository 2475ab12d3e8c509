// `npm run build` must work on machines without the Electron binary, and its output must keep the
// security properties the source promises: a sandbox-loadable preload and a strict CSP.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

describe('electron-vite build', () => {
  it('bundles main, preload and renderer', { timeout: 120_000 }, async () => {
    await promisify(execFile)(
      process.execPath,
      [`${root}node_modules/electron-vite/bin/electron-vite.js`, 'build'],
      {
        cwd: root,
      },
    );
    const main = readFileSync(`${root}out/main/index.js`, 'utf8');
    expect(main).toMatch(/sandbox: true/);
    expect(main).toMatch(/contextIsolation: true/);
    expect(main).toMatch(/nodeIntegration: false/);

    // A sandboxed preload gets only Electron's own modules: one CommonJS file requiring nothing else.
    const preload = readFileSync(`${root}out/preload/index.cjs`, 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toMatch(/exposeInMainWorld\("kcb"/);

    const html = readFileSync(`${root}out/renderer/index.html`, 'utf8');
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).toMatch(/default-src 'self'/);
    expect(html).not.toMatch(/[\s;]'unsafe-eval'/); // 'wasm-unsafe-eval' (zxing-wasm) is allowed
    expect(readdirSync(`${root}out/renderer/assets`).some((f) => f.endsWith('.js'))).toBe(true);
  });
});
