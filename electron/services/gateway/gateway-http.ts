// One POST to the gateway under a call's deadline, classified the way the client decides on it
// (bhxh-gateway.md §4): a dropped connection or the deadline → network/timeout, an error status (often
// an HTML page from a proxy or the gateway's IIS) → http, HTTP 200 that is not JSON → malformed. HTTP 401
// is passed back as an answer: the caller logs in again, as for a body maKetQua "401".
import type { CallControl } from './call-control';
import { httpError, malformedError, networkError } from './gateway-error';

/** The mark our simulator puts on every answer; never sent by BHXH. */
export const SIMULATOR_HEADER = 'x-kcb-simulator';

export interface GatewayAnswer {
  status: number;
  /** The parsed body; null for HTTP 401. */
  json: unknown;
  /** The answer carried the simulator's mark (training mode). */
  fromSimulator: boolean;
}

export async function postToGateway(
  fetchFn: typeof fetch,
  url: string,
  ctl: CallControl,
  init: { headers: Record<string, string>; body: string },
): Promise<GatewayAnswer> {
  let status: number;
  let text: string;
  let fromSimulator: boolean;
  try {
    const res = await fetchFn(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      signal: ctl.signal,
    });
    status = res.status;
    fromSimulator = res.headers.has(SIMULATOR_HEADER);
    // Read under the same signal: a gateway that sends headers and then stalls still ends at the deadline.
    text = await res.text();
  } catch (e) {
    throw ctl.failure() ?? networkError(e);
  }
  if (status === 401) return { status, json: null, fromSimulator };
  if (status < 200 || status > 299) throw httpError(status);
  try {
    return { status, json: JSON.parse(text), fromSimulator };
  } catch {
    // HTTP 200 but not JSON: a captive portal or proxy page; may well pass on a resend.
    throw malformedError(status, true);
  }
}

/** maKetQua of a parsed body, whatever its type, or null. */
export function bodyCode(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || !('maKetQua' in json)) return null;
  return String((json as { maKetQua: unknown }).maKetQua);
}
