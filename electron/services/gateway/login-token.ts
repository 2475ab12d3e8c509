// What a token/take answer yields (bhxh-gateway.md §1): the token pair and when to log in again —
// `expires_in − 60 s` on our clock. Bad credentials come back as HTTP 200 + maKetQua "401" (or HTTP 401).
import { loginResponseSchema } from '../../../shared/gateway/schemas';
import { authError, malformedError, refusedError } from './gateway-error';
import type { GatewayAnswer } from './gateway-http';

export interface Token {
  accessToken: string;
  idToken: string;
  /** Epoch ms after which we log in again: expires_in − 60 s. */
  renewAt: number;
}

const TOKEN_MARGIN_MS = 60_000;
/** When expires_in is unreadable: the observed 10-minute life minus the margin. */
const FALLBACK_TOKEN_LIFE_MS = 9 * 60_000;

/** The token of a login answer, or the GatewayError it amounts to (auth, refused, malformed). */
export function tokenFromLogin(answer: GatewayAnswer, now: number): Token {
  if (answer.status === 401) throw authError('401', 401);
  const parsed = loginResponseSchema.safeParse(answer.json);
  if (!parsed.success) throw malformedError(answer.status, false);
  const { maKetQua, APIKey } = parsed.data;
  if (maKetQua === '401') throw authError('401');
  // Other login codes were seen without a documented meaning (402, 403, 500).
  if (maKetQua !== '200') throw refusedError(maKetQua, '');
  if (!APIKey) throw malformedError(answer.status, false);
  // expires_in is on the gateway's clock. Unreadable, or already past on ours (our clock runs ahead):
  // trust the observed 10-minute life instead of logging in before every call; a 401 corrects us.
  const expires = expiryOf(APIKey.expires_in, now) - TOKEN_MARGIN_MS;
  const renewAt = Number.isFinite(expires) && expires > now ? expires : now + FALLBACK_TOKEN_LIFE_MS;
  return { accessToken: APIKey.access_token, idToken: APIKey.id_token, renewAt };
}

/**
 * Epoch ms of `expires_in`: the documented ISO timestamp, or, when a gateway build answers a bare number,
 * seconds from now (its OAuth meaning) — read as a date, "600" would be the year 600 and "36000" the year
 * 36000, a token kept forever. NaN when unreadable.
 */
function expiryOf(expiresIn: string, now: number): number {
  const t = expiresIn.trim();
  return /^\d+$/.test(t) ? now + Number(t) * 1000 : Date.parse(t);
}
