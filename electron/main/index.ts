// Main process: lifecycle, the window, IPC registration. Thin by design; the work lives in
// electron/services/ (plain Node), which tests and the CLI run without the Electron binary.
import { app, ipcMain, session } from 'electron';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { InvokeChannel } from '../../shared/ipc/contract';
import { trustedUrlCheck, validatedHandler } from './validated-handler';
import { createMainWindow } from './window';

const rendererUrl =
  process.env['ELECTRON_RENDERER_URL'] ??
  pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const isTrusted = trustedUrlCheck(rendererUrl);

// A second instance would open the same SQLite file and scanner ports: focus the first instead.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isTrusted(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

function register<C extends InvokeChannel>(
  channel: C,
  handler: Parameters<typeof validatedHandler<C>>[1],
): void {
  const validated = validatedHandler(channel, handler, isTrusted);
  ipcMain.handle(channel, (event, raw: unknown) => validated({ frameUrl: event.senderFrame?.url }, raw));
}

void app.whenReady().then(() => {
  // The camera (webcam QR fallback) for our own page, nothing else for anyone.
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    const media =
      permission === 'media' &&
      (details as { mediaTypes?: string[] }).mediaTypes?.every((t) => t === 'video');
    callback(Boolean(media) && isTrusted(contents.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler(
    (_contents, permission, origin) => permission === 'media' && isTrusted(origin),
  );

  register('app:get-info', async () => ({
    version: app.getVersion(),
    trainingMode: !process.env['KCB_GATEWAY_URL'],
    platform: process.platform,
  }));

  createMainWindow(rendererUrl);
});

app.on('window-all-closed', () => app.quit());
