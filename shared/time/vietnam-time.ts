// Vietnam wall-clock time (UTC+7, no daylight saving), computed from epoch milliseconds with a fixed
// offset: the queue day, the card validity "today", XML0 times (NGAY_VAO, NGAY_YL, yyyyMMddHHmm, QĐ 4750)
// and the gateway's history times are all Vietnam time, so a desk PC left on another time zone still
// numbers its queue, judges card dates and stamps its XML correctly. One definition for every layer.
import { isCalendarDate, isoDate } from '../card/dates';

const VN_OFFSET_MS = 7 * 3600_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export interface VnClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Wall-clock time in Vietnam for an epoch instant. */
export function vnClock(epochMs: number): VnClock {
  const d = new Date(epochMs + VN_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** `YYYY-MM-DD`: the desk's date in Vietnam. */
export function vnDate(epochMs: number): string {
  const c = vnClock(epochMs);
  return isoDate(c.year, c.month, c.day);
}

/** `yyyyMMddHHmm` (history, XML0 NGAY_VAO/NGAY_YL), or with seconds `yyyyMMddHHmmss` (thoiGianTiepNhan). */
export function vnStamp(epochMs: number, withSeconds = false): string {
  const c = vnClock(epochMs);
  const base = `${pad(c.year, 4)}${pad(c.month)}${pad(c.day)}${pad(c.hour)}${pad(c.minute)}`;
  return withSeconds ? base + pad(c.second) : base;
}

/** Epoch ms of a `yyyyMMddHHmm` Vietnam time, or null. */
export function vnStampToEpoch(stamp: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(stamp);
  if (!m) return null;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  if (!isCalendarDate(y!, mo!, d!) || h! > 23 || mi! > 59) return null;
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, Number(m[6] ?? 0)) - VN_OFFSET_MS;
}

/** ISO 8601 in Vietnam time with its offset (`2026-03-10T08:15:00+07:00`): what staff read in exports. */
export function vnIsoStamp(epochMs: number): string {
  return new Date(epochMs + VN_OFFSET_MS).toISOString().slice(0, 19) + '+07:00';
}

/** Epoch ms of a Vietnam wall-clock time (tests, benchmarks). */
export function vnTime(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - VN_OFFSET_MS;
}
