// Which failures the sync retries and which need a person (offline-queue.md, bhxh-gateway.md §2–3):
// retryable = network, timeout, 5xx, malformed (an HTML 502 page), 401 after the client's one re-login,
// gateway codes 100/101; permanent = 205 (bad parameters), 050–053 (card), 054/055 (officer not registered:
// configuration, an admin must act) and our own XML0 validation.
import type { CodedMessage } from '../../../shared/message';
import { syncText } from './sync-messages';

export interface Failure {
  retryable: boolean;
  error: CodedMessage;
}

const permanentCodes = new Set(['205', '050', '051', '052', '053', '054', '055', '403']);
const retryableCodes = new Set(['100', '101', '401', '500']);

/** The shape of GatewayError (electron/services/gateway/gateway-error.ts), read structurally. */
interface GatewayErrorLike {
  kind: string;
  retryable: boolean;
  status?: number;
  code?: string;
  message: string;
  messageEn?: string;
  toCoded?: () => CodedMessage;
}

function isGatewayError(err: unknown): err is GatewayErrorLike {
  return err instanceof Error && typeof (err as { kind?: unknown }).kind === 'string' && 'retryable' in err;
}

export class Xml0ValidationError extends Error {}

export function classifyFailure(err: unknown): Failure {
  if (err instanceof Xml0ValidationError) {
    return {
      retryable: false,
      error: {
        code: 'XML0_INVALID',
        message: `${syncText.xml0Invalid.vi}: ${err.message}`,
        messageEn: `${syncText.xml0Invalid.en}: ${err.message}`,
      },
    };
  }
  if (!isGatewayError(err)) {
    const text = err instanceof Error ? err.message : String(err);
    // Unknown local errors (e.g. SQLITE_BUSY) are retried: losing an item is worse than a later retry.
    return {
      retryable: true,
      error: {
        code: 'SYNC_ERROR',
        message: `${syncText.unexpected.vi}: ${text}`,
        messageEn: `${syncText.unexpected.en}: ${text}`,
      },
    };
  }
  const error: CodedMessage = err.toCoded
    ? err.toCoded()
    : {
        code: err.code ?? err.kind.toUpperCase(),
        message: err.message,
        messageEn: err.messageEn ?? err.message,
      };
  if (err.code && permanentCodes.has(err.code)) return { retryable: false, error };
  if (err.code && retryableCodes.has(err.code)) return { retryable: true, error };
  if (err.kind === 'auth' || err.kind === 'network' || err.kind === 'timeout' || err.kind === 'malformed') {
    return { retryable: true, error };
  }
  if (err.kind === 'http' && err.status !== undefined) {
    return {
      retryable: err.status >= 500 || err.status === 401 || err.status === 408 || err.status === 429,
      error,
    };
  }
  return { retryable: err.retryable, error };
}
