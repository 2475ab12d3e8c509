// Every IPC request is checked twice before a handler runs: the sending frame must be our own page
// (VS Code validatedIpcMain, GitHub Desktop isTrustedIPCSender), and the payload must parse with the
// channel's schema. Handler errors come back as data. Kept free of runtime 'electron' imports so the
// boundary is unit-tested under plain Node.
import type { InvokeChannel, InvokeRequest, InvokeResponse, IpcResult } from '../../shared/ipc/contract';
import { invokeChannels } from '../../shared/ipc/contract';

export interface SenderInfo {
  /** URL of the frame that sent the message (event.senderFrame?.url). */
  frameUrl: string | undefined;
}

export type Handler<C extends InvokeChannel> = (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;

export function validatedHandler<C extends InvokeChannel>(
  channel: C,
  handler: Handler<C>,
  isTrustedUrl: (url: string) => boolean,
): (sender: SenderInfo, raw: unknown) => Promise<IpcResult<InvokeResponse<C>>> {
  const schema = invokeChannels[channel].request;
  return async (sender, raw) => {
    if (!sender.frameUrl || !isTrustedUrl(sender.frameUrl))
      return fail(
        'IPC_UNTRUSTED_SENDER',
        'Yêu cầu không đến từ giao diện của ứng dụng.',
        'Untrusted IPC sender.',
      );
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return fail(
        'IPC_BAD_REQUEST',
        'Yêu cầu không hợp lệ.',
        `Invalid request for ${channel}: ${parsed.error.message}`,
      );
    try {
      return { ok: true, value: await handler(parsed.data as InvokeRequest<C>) };
    } catch (e) {
      return fail('IPC_HANDLER_FAILED', 'Lỗi trong ứng dụng; hãy thử lại hoặc báo CNTT.', String(e));
    }
  };
}

function fail(code: string, message: string, messageEn: string): IpcResult<never> {
  return { ok: false, error: { code, message, messageEn } };
}

/** Our page only: the packaged file, or the dev server electron-vite started. */
export function trustedUrlCheck(rendererUrl: string): (url: string) => boolean {
  const base = new URL(rendererUrl);
  return (url) => {
    try {
      const u = new URL(url);
      return base.protocol === 'file:'
        ? u.protocol === 'file:' && u.pathname === base.pathname
        : u.origin === base.origin;
    } catch {
      return false;
    }
  };
}
