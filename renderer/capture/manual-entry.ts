// Manual entry for desks without a scanner, or when a scan fails (scanners-and-camera.md, "Manual
// entry"): a 15-char card code, 10-digit mã số BHXH or 12-digit CCCD, plus full name and date of birth
// (the BHXH gateway needs both). Checked on every keystroke with the shared parser, so a typed code gets
// exactly the rules a scanned one does; lowercase and spaces are accepted. A pure model: the draft is
// never rewritten — a failed check, or a gateway that is down, never loses what was typed.
import { vnDate } from '../../shared/time/vietnam-time';
import type { CodedMessage } from '../../shared/message';
import { coded } from '../../shared/message';
import { citizenIdWarnings } from '../../shared/card/citizen-id';
import { isCalendarDate, isoDate } from '../../shared/card/dates';
import { parseScan } from '../../shared/scan/parse-scan';
import type { ParsedScan, RawScan } from '../../shared/scan/parsed-scan';
import { captureMessages, type CaptureMessageCode } from './capture-messages';

export interface ManualEntryDraft {
  id: string;
  fullName: string;
  dateOfBirth: string;
}

export type FieldState = 'empty' | 'incomplete' | 'invalid' | 'ok';
export interface FieldCheck {
  state: FieldState;
  /** Why it is not ok yet (incomplete: a hint, invalid: the error). */
  message: CodedMessage | null;
}

export interface ManualSubmission {
  /** Goes through the same pipeline as every scan: source `manual`, raw = the normalised number. */
  scan: RawScan;
  parsed: ParsedScan;
  fullName: string;
  /** `YYYY-MM-DD`, or `YYYY` when only the year is known. */
  dateOfBirth: string;
  warnings: CodedMessage[];
}

export interface ManualEntryCheck {
  /** The draft exactly as typed. */
  draft: ManualEntryDraft;
  id: FieldCheck;
  fullName: FieldCheck;
  dateOfBirth: FieldCheck;
  /** Set when every field is ok. */
  submission: ManualSubmission | null;
}

const message = (code: CaptureMessageCode) => coded(code, captureMessages[code]);
const ok: FieldCheck = { state: 'ok', message: null };
const empty: FieldCheck = { state: 'empty', message: null };

export function checkManualEntry(
  draft: ManualEntryDraft,
  options: { today?: string; clock?: () => number } = {},
): ManualEntryCheck {
  const today = options.today ?? vnDate(Date.now());
  const id = checkId(draft.id, today);
  const name = normaliseName(draft.fullName);
  const fullName: FieldCheck =
    name === '' ? { state: 'empty', message: message('MANUAL_NAME_REQUIRED') } : nameCheck(name);
  const dob = checkDateOfBirth(draft.dateOfBirth, today);
  let submission: ManualSubmission | null = null;
  if (id.parsed && fullName.state === 'ok' && dob.value) {
    const warnings = [...id.parsed.warnings];
    if (id.parsed.kind === 'citizen-id')
      warnings.push(...citizenIdWarnings(id.parsed.citizenId!, { gender: null, dateOfBirth: dob.value }));
    submission = {
      scan: { raw: id.normalised, source: 'manual', receivedAt: (options.clock ?? Date.now)() },
      parsed: id.parsed,
      fullName: name,
      dateOfBirth: dob.value,
      warnings,
    };
  }
  return { draft, id: id.check, fullName, dateOfBirth: dob.check, submission };
}

/** Spaces, lowercase and the dash people type between groups are accepted: `gd4 01-0199999903`. */
function checkId(
  text: string,
  today: string,
): { check: FieldCheck; normalised: string; parsed: ParsedScan | null } {
  const normalised = text.replace(/[\s\-–.]/g, '').toUpperCase();
  const result = (check: FieldCheck, parsed: ParsedScan | null = null) => ({ check, normalised, parsed });
  if (normalised === '') return result(empty);
  const incomplete = result({ state: 'incomplete', message: message('MANUAL_ID_INCOMPLETE') });
  const invalid = (m = message('MANUAL_ID_INVALID')) => result({ state: 'invalid', message: m });

  // Still typing toward one of the three shapes?
  const cardPrefix = /^[A-Z]{1,2}$|^[A-Z]{2}\d{0,12}$/.test(normalised) && normalised.length < 15;
  const digitsPrefix = /^\d+$/.test(normalised) && (normalised.length < 10 || normalised.length === 11);
  if (cardPrefix || digitsPrefix) return incomplete;
  if (!/^[A-Z]{2}\d{13}$|^\d{10}$|^\d{12}$/.test(normalised)) return invalid();

  const outcome = parseScan(normalised, { today });
  if (!outcome.ok) return invalid(outcome.error); // e.g. benefit level 6: the parser's own wording
  return result(ok, outcome.scan);
}

function normaliseName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function nameCheck(name: string): FieldCheck {
  // Letters (any script: names come with and without diacritics), spaces, apostrophes, hyphens.
  return /^[\p{L}\p{M}][\p{L}\p{M} '’-]*$/u.test(name) && name.length >= 2
    ? ok
    : { state: 'invalid', message: message('MANUAL_NAME_INVALID') };
}

/** `dd/mm/yyyy` (also `-` or `.`, 1-digit day/month, or 8 digits `ddmmyyyy`) or the year alone. */
function checkDateOfBirth(text: string, today: string): { check: FieldCheck; value: string | null } {
  const t = text.trim();
  if (t === '') return { check: { state: 'empty', message: message('MANUAL_DOB_REQUIRED') }, value: null };
  const invalid = {
    check: { state: 'invalid' as const, message: message('MANUAL_DOB_INVALID') },
    value: null,
  };
  let value: string;
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (parts) {
    const [d, m, y] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    if (!isCalendarDate(y, m, d)) return invalid;
    value = isoDate(y, m, d);
  } else if (/^\d{4}$/.test(t) && Number(t) >= 1900) {
    value = t;
  } else if (/^\d{1,2}([/.-]\d{0,2}([/.-]\d{0,3})?)?$|^\d{1,3}$|^\d{5,7}$/.test(t)) {
    return { check: { state: 'incomplete', message: message('MANUAL_DOB_REQUIRED') }, value: null };
  } else {
    return invalid;
  }
  if (value > today || Number(value.slice(0, 4)) < 1900) return invalid;
  return { check: ok, value };
}
