// The gateway's date formats (../shared/docs/bhxh-gateway.md §2–3) to and from the ISO strings the rest of
// the app uses. Card dates are `dd/MM/yyyy`, DOB may be `yyyy` alone, history/XML times are
// `yyyyMMddHHmm` in Vietnam local time (UTC+7, no daylight saving), so we never depend on the host's zone.
import { isCalendarDate, isoDate, parseSlashDate } from '../card/dates';

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

/** `yyyyMMddHHmm` → `YYYY-MM-DDTHH:mm` (Vietnam local time), null when empty or invalid. */
export function gatewayTimeToIso(stamp: string | null | undefined): string | null {
  if (!stamp || vnStampToEpoch(stamp) === null) return null;
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(8, 10)}:${stamp.slice(10, 12)}`;
}

/** Gateway card date `dd/MM/yyyy` (or DOB `yyyy`) → `YYYY-MM-DD` / `YYYY`; null when empty or invalid. */
export function gatewayDateToIso(text: string | null | undefined): string | null {
  if (!text) return null;
  const r = parseSlashDate(text.trim(), true);
  return r.ok ? r.value : null;
}

/**
 * A date of birth as the app holds it (`YYYY-MM-DD`, `YYYY`, or `YYYY-MM` from a CCCD `MMyyyy`) or as typed
 * (`dd/MM/yyyy`, `yyyy`) → the gateway's `ngaySinh`: `dd/MM/yyyy`, or `yyyy` when the day is unknown
 * (observed client practice, bhxh-gateway.md §2). Null when it is none of these.
 */
export function toGatewayDob(dob: string): string | null {
  const iso = parseDobInput(dob);
  if (!iso) return null;
  if (iso.length === 10) return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return iso.slice(0, 4);
}

/** `dd/MM/yyyy`, `YYYY-MM-DD`, `YYYY-MM` or `yyyy` → `YYYY-MM-DD` / `YYYY-MM` / `YYYY`, or null. */
export function parseDobInput(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (iso) {
    const [y, m] = [Number(iso[1]), Number(iso[2])];
    if (iso[3] === undefined) return isCalendarDate(y, m, 1) ? t : null;
    return isCalendarDate(y, m, Number(iso[3])) ? t : null;
  }
  const r = parseSlashDate(t, true);
  return r.ok ? r.value : null;
}

/** `YYYY-MM-DD` → `dd/MM/yyyy` (card validity as the gateway writes it). */
export function isoToGatewayDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
