// Fault injection of the simulator (issue #3): what a real gateway and the network in front of it do to a
// reception desk (bhxh-gateway.md §4). Rates draw from one seeded generator so a test replays exactly.

export type Endpoint = 'login' | 'check' | 'submit';

export interface Faults {
  /** Added to every gateway answer. */
  latencyMs: number;
  /** Share of requests answered HTTP 500 with an ASP.NET JSON error. */
  errorRate: number;
  /** Share answered HTTP 502 with an nginx HTML page. */
  html5xxRate: number;
  /** Share whose connection is destroyed before anything is processed. */
  dropRate: number;
  /** Share processed and recorded, then the connection destroyed without an answer. */
  dropAfterProcessRate: number;
  /** Set to true to expire every issued token now (it does not stay set). */
  tokenExpiryNow: boolean;
  /** Epoch ms (simulator clock): until then every gateway request has its connection dropped. */
  outageUntil: number;
  /** Bad/expired tokens answered with HTTP 401 instead of HTTP 200 + maKetQua "401". */
  http401Mode: boolean;
  /** Which endpoints the rates and latency apply to (default all); outages hit everything. */
  endpoints: Endpoint[];
}

export const noFaults: Faults = {
  latencyMs: 0,
  errorRate: 0,
  html5xxRate: 0,
  dropRate: 0,
  dropAfterProcessRate: 0,
  tokenExpiryNow: false,
  outageUntil: 0,
  http401Mode: false,
  endpoints: ['login', 'check', 'submit'],
};

const rates = ['errorRate', 'html5xxRate', 'dropRate', 'dropAfterProcessRate'] as const;

/** Validates a partial fault set from a flag, an admin request or a test; returns problems (English). */
export function faultProblems(f: Partial<Faults>): string[] {
  const p: string[] = [];
  for (const r of rates) {
    const v = f[r];
    if (v !== undefined && !(typeof v === 'number' && v >= 0 && v <= 1))
      p.push(`${r} must be between 0 and 1`);
  }
  for (const k of ['latencyMs', 'outageUntil'] as const) {
    const v = f[k];
    if (v !== undefined && !(typeof v === 'number' && v >= 0 && Number.isFinite(v)))
      p.push(`${k} must be ≥ 0`);
  }
  for (const k of ['tokenExpiryNow', 'http401Mode'] as const)
    if (f[k] !== undefined && typeof f[k] !== 'boolean') p.push(`${k} must be true or false`);
  if (
    f.endpoints !== undefined &&
    !(Array.isArray(f.endpoints) && f.endpoints.every((e) => ['login', 'check', 'submit'].includes(e)))
  )
    p.push('endpoints must list login, check, submit');
  return p;
}

/** mulberry32: small, fast, good enough to decide faults; seeded for replayable tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
