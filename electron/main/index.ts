// Main process: lifecycle, the window, IPC registration. Thin by design; the work lives in
// electron/services/ (plain Node), which tests and the CLI run without the Electron binary.
import type { BrowserWindow } from 'electron';
import { app, ipcMain, session } from 'electron';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { EventChannel, EventPayloads, InvokeChannel } from '../../shared/ipc/contract';
import type { DeskServices } from '../services/desk/desk-services';
import { startDeskServices } from '../services/desk/desk-services';
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

function forward<E extends EventChannel>(window: BrowserWindow, event: E, payload: EventPayloads[E]): void {
  if (!window.isDestroyed()) window.webContents.send(event, payload);
}

let desk: DeskServices | null = null;

void app.whenReady().then(async () => {
  // The camera (webcam QR fallback) for our own page, nothing else for anyone.
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    const videoOnly =
      permission === 'media' &&
      (details as { mediaTypes?: string[] }).mediaTypes?.every((t) => t === 'video');
    callback(Boolean(videoOnly) && isTrusted(contents.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler(
    (_contents, permission, origin) => permission === 'media' && isTrusted(origin),
  );

  desk = await startDeskServices(process.env);
  const services = desk;
  register('app:get-info', async () => ({
    version: app.getVersion(),
    trainingMode: services.trainingMode,
    platform: process.platform,
    problems: services.problems,
  }));

  const window = createMainWindow(rendererUrl);
  services.on('scan', (scan) => forward(window, 'scan:received', scan));
  services.on('scanner-status', (status) => forward(window, 'scanner:status', status));
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (!desk) return;
  // Close ports and the embedded simulator before exiting, so a restart finds the COM port free.
  event.preventDefault();
  const closing = desk;
  desk = null;
  void closing.stop().finally(() => app.quit());
});
