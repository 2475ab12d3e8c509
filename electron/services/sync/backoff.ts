// Retry delays with "full jitter" (AWS architecture blog; PouchDB uses the same idea): a random delay in
// [0, min(cap, base·2^(n−1))] so desks that lost the gateway together do not hammer it together when it
// returns. Defaults from issue 4: base ~2 s, cap ~10 min.
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, capMs: 10 * 60_000 };

/** `attempt` counts failures so far, starting at 1. */
export function fullJitterDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.floor(random() * ceiling);
}
