// Small constructors shared by the three payload parsers, so each of them reads as the field table it
// implements.
import type { CodedMessage, Message } from '../message';
import { coded } from '../message';
import type { ParsedScan, ParseOutcome, ScanKind } from './parsed-scan';
import type { ScanErrorCode, ScanWarningCode } from './scan-messages';
import { scanErrors, scanWarnings } from './scan-messages';

export function emptyScan(kind: ScanKind): ParsedScan {
  return {
    kind,
    cardNumber: null,
    socialInsuranceNumber: null,
    citizenId: null,
    objectCode: null,
    benefitLevel: null,
    provinceCode: null,
    fullName: null,
    dateOfBirth: null,
    gender: null,
    address: null,
    registeredFacility: null,
    validFrom: null,
    validTo: null,
    issuedOn: null,
    fiveYearsContinuousFrom: null,
    guardianName: null,
    issuePlace: null,
    checkString: null,
    oldIdNumber: null,
    warnings: [],
  };
}

/** A refusal; `detail` names the field at fault, in both languages. */
export function refuse(code: ScanErrorCode, detail?: Message): ParseOutcome {
  const text = scanErrors[code];
  const error: CodedMessage = detail
    ? coded(code, { vi: `${text.vi} (${detail.vi})`, en: `${text.en} (${detail.en})` })
    : coded(code, text);
  return { ok: false, error };
}

export function warning(code: ScanWarningCode): CodedMessage {
  return coded(code, scanWarnings[code]);
}

/** Adds a warning once, however many fields raised it. */
export function addWarning(scan: ParsedScan, code: ScanWarningCode): void {
  if (!scan.warnings.some((w) => w.code === code)) scan.warnings.push(warning(code));
}

/** A date of birth (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) later than the desk's day: a misread or a data
 * error. Warned, not refused: the gateway has the last word and the patient is standing at the desk. */
export function isAfterToday(dateOfBirth: string, today: string): boolean {
  return dateOfBirth > today.slice(0, dateOfBirth.length);
}
