// The one definition of what crosses between the renderer and the main process (after GitHub Desktop's
// ipc-shared.ts): channel → request schema and response type. Preload exposes exactly these; main
// validates every request with the schema before a handler sees it (Mattermost's ipcValidate,
// Signal's parseUnknown). Results are plain data, {ok,value}|{ok,error}: classes do not survive IPC.
import { z } from 'zod';
import type { CodedMessage } from '../message';
import type { RawScan } from '../scan/parsed-scan';
import type { ScannerStatus } from '../scan/scanner-status';
import type { eventChannelNames, invokeChannelNames } from './channel-names';

export interface AppInfo {
  version: string;
  /** True while no real gateway is configured: every result must be labelled "chế độ đào tạo". */
  trainingMode: boolean;
  platform: string;
  /** Configuration problems for IT (gateway, scanners), shown on screen; the desk still works by hand. */
  problems: CodedMessage[];
}

export const invokeChannels = {
  'app:get-info': { request: z.undefined(), response: {} as AppInfo },
} as const satisfies Record<(typeof invokeChannelNames)[number], unknown>;

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeRequest<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = (typeof invokeChannels)[C]['response'];
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: CodedMessage };

/** Main → renderer events. */
export interface EventPayloads extends Record<(typeof eventChannelNames)[number], unknown> {
  /** A scan from a main-process source (serial, HID POS), already de-duplicated. */
  'scan:received': RawScan;
  /** Connected / reconnecting / absent, per main-process scanner. */
  'scanner:status': ScannerStatus;
}
export type EventChannel = keyof EventPayloads;

/** The object preload exposes as `window.kcb`. */
export interface KcbApi {
  invoke<C extends InvokeChannel>(
    channel: C,
    request: InvokeRequest<C>,
  ): Promise<IpcResult<InvokeResponse<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
