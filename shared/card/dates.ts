// Calendar dates as the cards print them, turned into ISO strings. Pure arithmetic (no Date parsing):
// the parser runs on every scan and must not depend on the machine's time zone.

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1850 || year > 2200) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export type DateParse = { ok: true; value: string } | { ok: false };
const invalid: DateParse = { ok: false };

/**
 * `dd/MM/yyyy` as printed on BHYT cards; some producers drop leading zeros (`1/8/2006`).
 * With `allowYearOnly`, `yyyy` alone is accepted (date of birth when only the year is registered).
 */
export function parseSlashDate(text: string, allowYearOnly = false): DateParse {
  if (allowYearOnly && /^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= 1850 && year <= 2200 ? { ok: true, value: text } : invalid;
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return invalid;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(year, month, day) ? { ok: true, value: isoDate(year, month, day) } : invalid;
}

/** CCCD QR dates: `ddMMyyyy`, or `MMyyyy` / `yyyy` when the registry knows less (cards-and-qr.md §4). */
export function parseCompactDate(text: string): DateParse {
  if (/^\d{4}$/.test(text)) return parseSlashDate(text, true);
  // The same date re-printed with slashes (a reader app reformatting it, or a person typing it) is
  // unambiguous: accept it rather than refuse a patient over punctuation.
  if (text.includes('/')) return parseSlashDate(text);
  if (/^\d{6}$/.test(text)) {
    const [month, year] = [Number(text.slice(0, 2)), Number(text.slice(2))];
    return isCalendarDate(year, month, 1) ? { ok: true, value: `${pad(year, 4)}-${pad(month)}` } : invalid;
  }
  if (!/^\d{8}$/.test(text)) return invalid;
  const [day, month, year] = [Number(text.slice(0, 2)), Number(text.slice(2, 4)), Number(text.slice(4))];
  return isCalendarDate(year, month, day) ? { ok: true, value: isoDate(year, month, day) } : invalid;
}

/**
 * A date of birth whose unknown day (and month) a producer filled with zeros — `00/00/1962`, `00/05/1962`,
 * `00001962`, `00051962` — means what `1962` / `05/1962` mean (the registry knows only that much), so it
 * is read at that precision (`1962`, `1962-05`) instead of refused as off the calendar. Null when the day
 * is not zero: then it is an ordinary date for the caller's own parser.
 */
export function zeroFilledBirthDate(text: string): DateParse | null {
  if (!text.startsWith('00') && !text.startsWith('0/')) return null;
  const m = /^0{1,2}\/(\d{1,2})\/(\d{4})$/.exec(text) ?? /^00(\d{2})(\d{4})$/.exec(text);
  if (!m) return null;
  const [month, year] = [Number(m[1]), Number(m[2])];
  if (month === 0) return isCalendarDate(year, 1, 1) ? { ok: true, value: pad(year, 4) } : invalid;
  return isCalendarDate(year, month, 1) ? { ok: true, value: `${pad(year, 4)}-${pad(month)}` } : invalid;
}

/** `YYYY-MM-DD` that is on the calendar (`2026-02-30` is not): CLI dates compared as strings must be real. */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
