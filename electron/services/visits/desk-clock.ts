// Dates as the desk sees them: the queue resets at local midnight and XML0 times (NGAY_VAO, NGAY_YL,
// yyyyMMddHHmm, QĐ 4750) are the facility's wall-clock time, i.e. the machine's local time zone.
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `yyyyMMddHHmm` in local time. */
export function localMinuteStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}${pad(d.getHours())}${pad(d.getMinutes())}`;
}
