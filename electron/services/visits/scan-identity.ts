// A parsed scan (plus what staff typed) as the patient identity a visit stores. Typed values win over the
// scan: staff correct what the card got wrong. A CCCD `MMyyyy` birth date keeps only its year, the form
// XML0 NGAY_SINH accepts besides a full date (QĐ 4750).
import { parseDobInput } from '../../../shared/gateway/gateway-dates';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';
import type { ParsedScan } from '../../../shared/scan/parsed-scan';
import { visitErrorText } from '../../../shared/visits/visit-messages';
import type { PatientIdentity } from './check-in';

export type IdentityOutcome = { ok: true; patient: PatientIdentity } | { ok: false; error: CodedMessage };

export function identityFromScan(scan: ParsedScan, typed: { name?: string; dob?: string }): IdentityOutcome {
  const fullName = (typed.name ?? scan.fullName ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!fullName) return { ok: false, error: coded('NAME_REQUIRED', visitErrorText.nameRequired) };
  let dob = scan.dateOfBirth;
  if (typed.dob !== undefined) {
    dob = parseDobInput(typed.dob);
    if (!dob) return { ok: false, error: coded('BAD_DOB', visitErrorText.dobInvalid) };
  }
  if (!dob) return { ok: false, error: coded('DOB_REQUIRED', visitErrorText.dobRequired) };
  if (!scan.cardNumber && !scan.socialInsuranceNumber && !scan.citizenId) {
    return { ok: false, error: coded('IDENTITY_REQUIRED', visitErrorText.identityRequired) };
  }
  return {
    ok: true,
    patient: {
      fullName,
      dateOfBirth: dob.length === 7 ? dob.slice(0, 4) : dob,
      gender: scan.gender === 'male' ? 1 : scan.gender === 'female' ? 2 : 3,
      citizenId: scan.citizenId,
      // A 10-digit code on a QĐ 1666 card is the mã số BHXH, not an XML0 MA_THE_BHYT: the gateway check
      // returns the 15-char code later.
      cardNumber: scan.cardNumber && scan.cardNumber.length === 15 ? scan.cardNumber : null,
      socialInsuranceNumber:
        scan.socialInsuranceNumber ?? (scan.cardNumber?.length === 10 ? scan.cardNumber : null),
      registeredFacility: scan.registeredFacility,
      cardValidFrom: scan.validFrom,
      cardValidTo: scan.validTo,
    },
  };
}
