// The gateway's date formats (../shared/docs/bhxh-gateway.md §2–3) to and from the ISO strings the rest of
// the app uses. Card dates are `dd/MM/yyyy`, DOB may be `yyyy` alone, history/XML times are
// `yyyyMMddHHmm` in Vietnam local time (UTC+7, no daylight saving), so we never depend on the host's zone.
import { isCalendarDate, parseSlashDate } from '../card/dates';
import { vnStampToEpoch } from '../time/vietnam-time';

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
