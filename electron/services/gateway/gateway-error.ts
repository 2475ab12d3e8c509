// Typed failures of a gateway conversation (issue #3): the caller decides from `kind` and `retryable`
// what to tell the desk and whether its outbox tries again. Messages never carry the URL (its query holds
// the token and password hash), a card number or a body.
import type { CodedMessage } from '../../../shared/message';
import { fill, gatewayErrors } from '../../../shared/gateway/result-codes';
import { maskCardNumber } from './redact';

export type GatewayErrorKind = 'network' | 'timeout' | 'aborted' | 'http' | 'malformed' | 'gateway' | 'auth';

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly kind: GatewayErrorKind;
  readonly retryable: boolean;
  /** HTTP status, when the gateway answered one. */
  readonly status?: number;
  /** The gateway's maKetQua, for kinds 'gateway' and 'auth'. */
  readonly code?: string;
  /** Vietnamese text for staff; `message` is the same text (Error's own field). */
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(
    kind: GatewayErrorKind,
    text: { vi: string; en: string },
    opts: { retryable: boolean; status?: number; code?: string; cause?: unknown },
  ) {
    super(text.vi, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    this.retryable = opts.retryable;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.code !== undefined) this.code = opts.code;
    this.messageVi = text.vi;
    this.messageEn = text.en;
  }

  /** Stable machine code for CLI/IPC: GATEWAY_TIMEOUT, GATEWAY_HTTP_502, GATEWAY_CODE_400, GATEWAY_AUTH… */
  get errorCode(): string {
    if (this.kind === 'http') return `GATEWAY_HTTP_${this.status ?? 0}`;
    if (this.kind === 'gateway') return `GATEWAY_CODE_${this.code ?? ''}`;
    return `GATEWAY_${this.kind.toUpperCase()}`;
  }

  toCoded(): CodedMessage {
    return { code: this.errorCode, message: this.messageVi, messageEn: this.messageEn };
  }
}

export const networkError = (cause: unknown) =>
  new GatewayError('network', gatewayErrors.NETWORK, { retryable: true, cause });
export const timeoutError = () => new GatewayError('timeout', gatewayErrors.TIMEOUT, { retryable: true });
export const abortedError = () => new GatewayError('aborted', gatewayErrors.ABORTED, { retryable: true });
export const malformedError = (status: number, retryable: boolean) =>
  new GatewayError('malformed', gatewayErrors.MALFORMED, { retryable, status });
export const authError = (code: string, status?: number) =>
  new GatewayError('auth', gatewayErrors.AUTH, { retryable: false, code, ...(status ? { status } : {}) });

/**
 * A 401 on a call made with a token the gateway issued moments before: the account is fine (the login
 * passed), the token is not accepted — observed when the caller's IP changes between calls (tokens are
 * bound to the IP; since 27/07/2024 only registered facility IPs may connect). Same kind and code as a
 * refused password, a different text, so IT does not go and reset a password that works.
 */
export const tokenRefusedError = (status?: number) =>
  new GatewayError('auth', gatewayErrors.TOKEN_REFUSED, {
    retryable: false,
    code: '401',
    ...(status ? { status } : {}),
  });

export function httpError(status: number): GatewayError {
  // 5xx, 408 and 429 are the gateway's or a proxy's trouble; other 4xx (404 after a mistyped URL) will not
  // get better by resending, so they must not tell the desk to "try again later".
  const retryable = status >= 500 || status === 408 || status === 429;
  const t = retryable ? gatewayErrors.HTTP : gatewayErrors.HTTP_REFUSED;
  return new GatewayError(
    'http',
    { vi: fill(t.vi, { status }), en: fill(t.en, { status }) },
    { retryable, status },
  );
}

/** Card codes and 10–12-digit numbers in a gateway text, masked: error messages end up in logs. */
export function redactNumbers(text: string): string {
  return text.replace(/\b[A-Z]{2}\d{13}\b|\b\d{10,12}\b/g, (m) => maskCardNumber(m));
}

export function refusedError(code: string, note: string): GatewayError {
  const t = gatewayErrors.GATEWAY;
  const values = { code, note: redactNumbers(note) || '-' };
  // 5xx-style codes are the gateway's own failures; 4xx-style ones (bad XML, 403) need a fix, not a resend.
  return new GatewayError(
    'gateway',
    { vi: fill(t.vi, values), en: fill(t.en, values) },
    { retryable: code.startsWith('5') || code === '100' || code === '101', code },
  );
}
