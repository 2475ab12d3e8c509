// Builds the capture test pages with Vite (the same bundler and CSP as the app, no dev-server eval) into
// a temp dir, serves them on 127.0.0.1, and launches the Debian Chromium through playwright-core.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../../..');
const pagesDir = join(root, 'renderer/capture/test-pages');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface CapturePages {
  url(page: string): string;
  close(): Promise<void>;
}

export async function serveCapturePages(pages: string[]): Promise<CapturePages> {
  const outDir = mkdtempSync(join(tmpdir(), 'kcb-capture-pages-'));
  await build({
    root: join(root, 'renderer'),
    configFile: false,
    logLevel: 'warn',
    base: '/',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      reportCompressedSize: false,
      rollupOptions: { input: Object.fromEntries(pages.map((p) => [p, join(pagesDir, `${p}.html`)])) },
    },
    worker: { format: 'es' },
  });
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(outDir, path);
    if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/capture/test-pages/${page}.html`,
    async close() {
      await new Promise((r) => server.close(r));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(
  extraArgs: string[] = [],
): Promise<{ browser: Browser; close(): Promise<void> }> {
  // playwright's launch() already gives every browser a fresh temporary profile (the fresh
  // --user-data-dir the environment asks for) and refuses the flag itself.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}
