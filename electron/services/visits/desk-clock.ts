// Dates as the desk sees them: the queue resets at midnight in Vietnam and XML0 times (NGAY_VAO, NGAY_YL,
// yyyyMMddHHmm, QĐ 4750) are Vietnam wall-clock time (UTC+7, no daylight saving) — fixed, so a desk PC
// left on another time zone still numbers its queue and stamps its XML correctly.
const VN_OFFSET_MS = 7 * 3600_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function localDay(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `yyyyMMddHHmm`, Vietnam time. */
export function localMinuteStamp(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
}

/** ISO 8601 in Vietnam time with its offset (`2026-03-10T08:15:00+07:00`): what staff read in exports. */
export function localIsoStamp(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 19) + '+07:00';
}

/** Epoch ms of a Vietnam wall-clock time (tests, benchmarks). */
export function vnTime(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - VN_OFFSET_MS;
}
