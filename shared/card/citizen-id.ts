// The 12-digit CCCD / căn cước number: 3-digit province of birth registration (001–096), one digit for
// gender and century, the last two digits of the birth year, then a 6-digit sequence
// (Thông tư 07/2016/TT-BCA, Điều 7). It has no check digit, so it can only contradict other fields:
// we warn, never refuse (cards-and-qr.md §4).
import type { CodedMessage } from '../message';
import { coded } from '../message';
import type { Gender } from '../scan/parsed-scan';
import { scanWarnings } from '../scan/scan-messages';

/** Gender/century digit → [gender, first year of the century]. */
const genderCentury: Record<string, [Gender, number]> = {
  '0': ['male', 1900],
  '1': ['female', 1900],
  '2': ['male', 2000],
  '3': ['female', 2000],
  '4': ['male', 2100],
  '5': ['female', 2100],
  '6': ['male', 2200],
  '7': ['female', 2200],
  '8': ['male', 2300],
  '9': ['female', 2300],
};

export function citizenIdWarnings(
  id: string,
  claimed: { gender: Gender | null; dateOfBirth: string | null },
): CodedMessage[] {
  const warnings: CodedMessage[] = [];
  const province = Number(id.slice(0, 3));
  if (province < 1 || province > 96)
    warnings.push(coded('CITIZEN_ID_PROVINCE_UNKNOWN', scanWarnings.CITIZEN_ID_PROVINCE_UNKNOWN));
  const [gender, century] = genderCentury[id.charAt(3)] ?? [null, 0];
  if (claimed.gender && gender && claimed.gender !== gender)
    warnings.push(coded('CITIZEN_ID_GENDER_MISMATCH', scanWarnings.CITIZEN_ID_GENDER_MISMATCH));
  const birthYear = claimed.dateOfBirth ? Number(claimed.dateOfBirth.slice(0, 4)) : NaN;
  if (Number.isFinite(birthYear) && gender && birthYear !== century + Number(id.slice(4, 6)))
    warnings.push(coded('CITIZEN_ID_BIRTH_YEAR_MISMATCH', scanWarnings.CITIZEN_ID_BIRTH_YEAR_MISMATCH));
  return warnings;
}
