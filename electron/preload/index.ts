// Exposes one typed API object, `window.kcb`, and nothing else: never ipcRenderer itself (the
// electron-vite quick-start template does; see ../shared/docs/architecture.md, anti-patterns).
import { contextBridge, ipcRenderer } from 'electron';
import { eventChannelNames, invokeChannelNames } from '../../shared/ipc/channel-names';
import type { KcbApi } from '../../shared/ipc/contract';

const invokable: ReadonlySet<string> = new Set(invokeChannelNames);
const events: ReadonlySet<string> = new Set(eventChannelNames);

const api: KcbApi = {
  invoke: (channel, request) => {
    if (!invokable.has(channel)) return Promise.reject(new Error(`unknown channel ${channel}`));
    return ipcRenderer.invoke(channel, request);
  },
  on: (event, listener) => {
    if (!events.has(event)) throw new Error(`unknown event ${event}`);
    const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
};

contextBridge.exposeInMainWorld('kcb', api);
