// The BHYT card QR (paper card and VssID card image), cards-and-qr.md §2:
//   L1, 15-char cards (QĐ 1351/QĐ-BHXH 2015 and older): 14 fields + terminator;
//   L2, 10-digit cards (QĐ 1666/QĐ-BHXH, from 01/04/2021; VssID): 16 fields + terminator;
//   short variants exist (a real 2019 sample ends after field 8), so every index is bounds-checked.
import type { Message } from '../message';
import { checkCardCode } from '../card/card-code';
import { parseSlashDate, zeroFilledBirthDate } from '../card/dates';
import type { ParsedScan, ParseOutcome } from './parsed-scan';
import { addWarning, emptyScan, isAfterToday, refuse } from './scan-outcome';
import { decodeHexUtf8, looksLikeHex } from './hex-text';
import { hasImeLetters, reverseTelex } from './telex-repair';

const F = {
  card: 0,
  name: 1,
  dateOfBirth: 2,
  gender: 3,
  address: 4,
  facility: 5,
  validFrom: 6,
  validTo: 7,
  issuedOn: 8,
  guardian: 10,
  fiveYears: 12,
  checkString: 13,
  benefitLevel: 14,
  issuePlace: 15,
} as const;

const fieldNames: Record<string, Message> = {
  validFrom: { vi: 'giá trị từ ngày', en: 'valid from' },
  validTo: { vi: 'giá trị đến ngày', en: 'valid to' },
  issuedOn: { vi: 'ngày cấp', en: 'issue date' },
  fiveYears: { vi: 'thời điểm đủ 5 năm liên tục', en: '5 continuous years from' },
};

/** Fields before the terminator in a full layout. */
const fullLength = { fifteenChar: 14, tenDigit: 16 };

/** Damaged hex: only hex digits and IME letters, with digits. */
const damagedHexShape = /^(?=.*\d)[0-9A-Fa-f\u00C0-\u1EF9]{2,}$/;
/** Long enough not to be a plain word: damage that cannot be undone is refused only from here on. */
const surelyHex = 8;

type Field = string | null;
class ImeDamage {}
/** Hex that does not decode: keystrokes a wedge scanner dropped, or a QR cut inside a field. */
class Unreadable {}

/** `""`, `-` and the dash variants mean empty. */
function at(fields: string[], i: number): Field {
  const v = fields[i];
  return v === undefined || v === '' || v === '-' || v === '–' || v === '—' ? null : v;
}

export function parseBhytQr(rawFields: string[], today: string): ParseOutcome {
  const fields = rawFields.map((f) => f.trim());
  // Some generators and phone apps end the payload `…|$|`: empty fields after the terminator carry nothing.
  while (fields.length > 1 && fields.at(-1) === '') fields.pop();
  const last = fields.length - 1;
  if (fields[last] === '$' || fields[last] === '#') fields.pop();
  else if (/[$#]$/.test(fields[last] ?? '')) fields[last] = fields[last]!.slice(0, -1).trim();
  if (fields.length < 3) return refuse('QR_TRUNCATED');

  const cardText = fields[F.card]!.toUpperCase().replace(/\s+/g, '');
  const tenDigit = /^\d{10}$/.test(cardText);
  const scan = emptyScan('bhyt-qr');
  scan.cardNumber = cardText;
  if (tenDigit) scan.socialInsuranceNumber = cardText;
  else {
    const check = checkCardCode(cardText);
    if (!check.ok) return refuse(check.error);
    Object.assign(scan, check.parts);
    scan.warnings.push(...check.warnings);
  }

  try {
    scan.fullName = hexField(scan, at(fields, F.name));
    scan.address = optionalHexField(scan, at(fields, F.address));
    scan.guardianName = optionalHexField(scan, at(fields, F.guardian));
    if (tenDigit) scan.issuePlace = optionalHexField(scan, at(fields, F.issuePlace));
  } catch (e) {
    if (e instanceof ImeDamage) return refuse('IME_DAMAGE');
    if (e instanceof Unreadable) return refuse('NAME_UNREADABLE');
    throw e;
  }
  if (!scan.fullName) return refuse('MISSING_NAME');

  const dobText = slashes(at(fields, F.dateOfBirth) ?? '');
  const dob = zeroFilledBirthDate(dobText) ?? parseSlashDate(dobText, true);
  if (!dob.ok) return refuse('BAD_DATE_OF_BIRTH');
  scan.dateOfBirth = dob.value;
  if (isAfterToday(dob.value, today)) addWarning(scan, 'DATE_OF_BIRTH_IN_FUTURE');

  // `1` Nam, `2` Nữ; a few producers write the word, as the CCCD QR does.
  const raw = at(fields, F.gender);
  const gender = raw === '1' || raw === '2' || raw === null ? raw : raw.normalize('NFC').toLowerCase();
  if (gender === '1' || gender === 'nam') scan.gender = 'male';
  else if (gender === '2' || gender === 'nữ' || gender === 'nu') scan.gender = 'female';
  else if (gender !== null) addWarning(scan, 'UNKNOWN_GENDER');

  // `79 - 032`, `01 – 001` (en dash) → `79032`.
  // Any separator goes: a non-US keyboard layout turns the `-` into something else (§5.2).
  const facility = at(fields, F.facility)
    ?.replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase();
  scan.registeredFacility = facility || null;

  for (const key of ['validFrom', 'validTo', 'issuedOn', 'fiveYears'] as const) {
    const text = at(fields, F[key]);
    if (text === null) continue;
    const date = parseSlashDate(slashes(text));
    if (!date.ok) return refuse('BAD_DATE', fieldNames[key]);
    scan[key === 'fiveYears' ? 'fiveYearsContinuousFrom' : key] = date.value;
  }

  scan.checkString = checkStringField(scan, at(fields, F.checkString));

  if (tenDigit && fields.length > F.benefitLevel) {
    const level = at(fields, F.benefitLevel);
    if (level !== null && /^[1-5]$/.test(level)) scan.benefitLevel = Number(level);
    else if (level !== null) addWarning(scan, 'BAD_BENEFIT_LEVEL_FIELD');
  }
  if (fields.length < (tenDigit ? fullLength.tenDigit : fullLength.fifteenChar)) addWarning(scan, 'QR_SHORT');

  if (scan.validTo && scan.validTo < today) addWarning(scan, 'CARD_EXPIRED');
  if (scan.validFrom && scan.validFrom > today) addWarning(scan, 'CARD_NOT_YET_VALID');
  return { ok: true, scan };
}

/** `07-03-1994` / `07.03.1994` → `07/03/1994`: what a non-US layout (German: `/` → `-`) or a typist makes
 * of the slash; the day-month-year order stays unambiguous. */
function slashes(text: string): string {
  if (text.includes('/')) return text;
  return /^\d{1,2}([-.])\d{1,2}\1\d{4}$/.test(text) ? text.replace(/[-.]/g, '/') : text;
}

/** Hex UTF-8 → NFC text; Telex damage reversed (with a warning); plain text kept as it is. */
function hexField(scan: ParsedScan, text: Field): string | null {
  if (text === null) return null;
  const decoded = decodeHexUtf8(text);
  if (decoded !== null) return tidy(decoded);
  if (hasImeLetters(text) && damagedHexShape.test(text)) {
    const repaired = decodeHexUtf8(reverseTelex(text));
    if (repaired !== null) {
      addWarning(scan, 'IME_REPAIRED');
      return tidy(repaired);
    }
    // A short name such as `A Ư` is `4120c6af`, which Telex leaves as 7 characters: repaired above,
    // but too short to tell irreparable damage from a plain word.
    if (text.length >= surelyHex) throw new ImeDamage();
  }
  // Hex digits only, with a digit, and long: no name or address looks like that. Passing it on would
  // show staff (and send the gateway) `c490e1bab76e…` as the patient's name.
  if (/^(?=.*\d)[0-9A-Fa-f]+$/.test(text) && text.length >= surelyHex) throw new Unreadable();
  if (!looksLikeHex(text)) addWarning(scan, 'FIELD_NOT_HEX');
  return tidy(text.normalize('NFC'));
}

/** Address, guardian, issuing place: not needed for the check, so an unreadable one is dropped with a
 * warning instead of refusing the patient's card. */
function optionalHexField(scan: ParsedScan, text: Field): string | null {
  try {
    return hexField(scan, text);
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    addWarning(scan, 'FIELD_UNREADABLE');
    return null;
  }
}

/** The hex hides spaces a producer left around or doubled inside a name; the gateway compares names
 * as written, so ` Đặng  Thị Ỷ ` must become `Đặng Thị Ỷ` (as the CCCD parser already does). */
function tidy(text: string): string | null {
  const trimmed = text.trim();
  return (/\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed) || null;
}

/** Stored untouched (its algorithm is BHXH's); only an IME's rewriting of its hex half is undone. */
function checkStringField(scan: ParsedScan, text: Field): string | null {
  if (text === null || !hasImeLetters(text)) return text;
  const repaired = reverseTelex(text);
  if (!/^[0-9A-Fa-f]+-\d+$/.test(repaired)) return text;
  addWarning(scan, 'IME_REPAIRED');
  return repaired;
}
