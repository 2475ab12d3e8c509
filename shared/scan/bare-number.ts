// A number typed at the desk or scanned from a barcode (cards-and-qr.md §1): the 15-char card code (any
// case, spaces allowed), the 10-digit mã số BHXH (all QĐ 1666 cards print), or the 12-digit CCCD
// number (typed, or read off VNeID, which BHXH accepts in place of the card since 2024).
import { checkCardCode } from '../card/card-code';
import { citizenIdWarnings } from '../card/citizen-id';
import type { ParseOutcome } from './parsed-scan';
import { emptyScan, refuse } from './scan-outcome';

export function parseBareNumber(text: string): ParseOutcome {
  // Staff type numbers grouped the way the card prints them: `GD4 01 0199999903`, `GD4-01-…`, `001.085.…`.
  const compact = text.replace(/[\s.\-–]+/g, '').toUpperCase();
  if (/^\d{12}$/.test(compact)) {
    const scan = emptyScan('citizen-id');
    scan.citizenId = compact;
    scan.warnings.push(...citizenIdWarnings(compact, { gender: null, dateOfBirth: null }));
    return { ok: true, scan };
  }
  if (/^\d{10}$/.test(compact)) {
    const scan = emptyScan('bhxh-number');
    scan.socialInsuranceNumber = compact;
    scan.cardNumber = compact;
    return { ok: true, scan };
  }
  if (/^[A-Z]{2}[0-9A-Z]{13}$/.test(compact)) {
    const check = checkCardCode(compact);
    if (!check.ok) return refuse(check.error);
    const scan = emptyScan('card-number');
    scan.cardNumber = compact;
    Object.assign(scan, check.parts);
    scan.warnings.push(...check.warnings);
    return { ok: true, scan };
  }
  // The 9-digit CMND stopped being valid ID on 01/01/2025 (Luật Căn cước 2023, Điều 46) and BHXH looks
  // people up by the 12-digit number; say so rather than "unrecognised".
  if (/^\d{9}$/.test(compact)) return refuse('OLD_ID_NUMBER');
  return refuse('UNRECOGNISED_SCAN');
}
