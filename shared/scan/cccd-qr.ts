// The chip CCCD / căn cước QR (cards-and-qr.md §4): plain UTF-8, not hex.
//   ID12 | old CMND (empty since 2024) | Họ tên | ddMMyyyy | Nam/Nữ | address | issue date ddMMyyyy [| | | | ]
// The 2024 căn cước appends four empty fields (11 in all).
import { citizenIdWarnings } from '../card/citizen-id';
import { parseCompactDate, zeroFilledBirthDate } from '../card/dates';
import type { ParseOutcome } from './parsed-scan';
import { addWarning, emptyScan, isAfterToday, refuse } from './scan-outcome';

export function parseCccdQr(fields: string[], today: string): ParseOutcome {
  const f = fields.map((x) => x.trim().normalize('NFC'));
  const scan = emptyScan('cccd-qr');
  scan.citizenId = f[0]!;
  scan.oldIdNumber = f[1] || null;
  scan.fullName = f[2]?.replace(/\s+/g, ' ') || null;
  if (!scan.fullName) return refuse('MISSING_NAME');

  const dob = zeroFilledBirthDate(f[3] ?? '') ?? parseCompactDate(f[3] ?? '');
  if (!dob.ok) return refuse('BAD_DATE_OF_BIRTH');
  scan.dateOfBirth = dob.value;
  if (isAfterToday(dob.value, today)) addWarning(scan, 'DATE_OF_BIRTH_IN_FUTURE');

  const gender = (f[4] ?? '').toLowerCase();
  if (gender === 'nam') scan.gender = 'male';
  else if (gender === 'nữ') scan.gender = 'female';
  else if (gender === 'nu') {
    // The scanner dropped the diacritics (HID keyboard without Unicode): the name lost them too.
    scan.gender = 'female';
    addWarning(scan, 'DIACRITICS_LOST');
  } else addWarning(scan, 'UNKNOWN_GENDER');

  scan.address = f[5] || null;
  if (f[6]) {
    const issued = parseCompactDate(f[6]);
    if (!issued.ok) return refuse('BAD_DATE', { vi: 'ngày cấp', en: 'issue date' });
    scan.issuedOn = issued.value;
  }
  scan.warnings.push(...citizenIdWarnings(scan.citizenId, scan));
  return { ok: true, scan };
}
