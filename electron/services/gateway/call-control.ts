// One deadline + the caller's AbortSignal for one client call (10 s check / 30 s submission, bhxh-gateway.md
// §1): every wait inside the call (login included) ends when either fires, so nothing waits unbounded, and
// we can tell a timeout from a cancellation afterwards.
import { abortedError, timeoutError } from './gateway-error';
import type { GatewayError } from './gateway-error';

export interface CallControl {
  signal: AbortSignal;
  /** The error matching why the signal fired (timeout or caller abort). */
  failure(): GatewayError | null;
  done(): void;
}

export function callControl(timeoutMs: number, caller?: AbortSignal): CallControl {
  const ac = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ac.abort();
  }, timeoutMs);
  const onAbort = () => ac.abort();
  if (caller?.aborted) ac.abort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: ac.signal,
    failure: () => (timedOut ? timeoutError() : ac.signal.aborted ? abortedError() : null),
    done() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** Waits for a shared promise (a login other calls also wait on) without letting it outlive this call. */
export function untilDone<T>(promise: Promise<T>, ctl: CallControl): Promise<T> {
  const early = ctl.failure();
  if (early) return Promise.reject(early);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(ctl.failure());
    ctl.signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        ctl.signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        ctl.signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
