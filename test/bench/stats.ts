// Shared by every benchmark: percentiles over raw samples, and one line of output per measurement so
// `npm run bench` reads as a table.
export interface Summary {
  n: number;
  median: number;
  p95: number;
  p99: number;
  mean: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return { n: sorted.length, median: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

export function report(name: string, s: Summary, unit: string, extra = ''): void {
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
  console.log(
    `${name.padEnd(58)} n=${String(s.n).padStart(7)}  median ${f(s.median)} ${unit}  p95 ${f(s.p95)} ${unit}  p99 ${f(s.p99)} ${unit}${extra ? '  ' + extra : ''}`,
  );
}

/** Times `fn` once per call in microseconds with a high-resolution clock. */
export function timeUs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1000;
}
