// The 15-char BHYT card code: object code (2 letters) + benefit level (1 digit, 1–5) + province of the
// issuing office (2 digits) + mã số BHXH (10 digits, lifelong). QĐ 1351/QĐ-BHXH (2015), cards-and-qr.md §3.
// The gateway answers 051/052/053 for the same faults; we catch the format ones before the network.
import type { CodedMessage } from '../message';
import { coded } from '../message';
import { scanWarnings } from '../scan/scan-messages';
import { knownObjectCodes } from './object-codes';
import { isKnownProvince } from './provinces';

/** Two letters then 13 digits: the shape of a card code, before its level is checked. */
export const cardCodeShape = /^[A-Z]{2}\d{13}$/;

export interface CardCodeParts {
  objectCode: string;
  benefitLevel: number;
  provinceCode: string;
  socialInsuranceNumber: string;
}

export type CardCodeCheck =
  | { ok: true; parts: CardCodeParts; warnings: CodedMessage[] }
  | { ok: false; error: 'BAD_CARD_NUMBER' | 'BAD_BENEFIT_LEVEL' };

/** `code` must already be upper case with spaces removed. */
export function checkCardCode(code: string): CardCodeCheck {
  if (!cardCodeShape.test(code)) return { ok: false, error: 'BAD_CARD_NUMBER' };
  const benefitLevel = Number(code[2]);
  if (benefitLevel < 1 || benefitLevel > 5) return { ok: false, error: 'BAD_BENEFIT_LEVEL' };
  const parts: CardCodeParts = {
    objectCode: code.slice(0, 2),
    benefitLevel,
    provinceCode: code.slice(3, 5),
    socialInsuranceNumber: code.slice(5),
  };
  const warnings: CodedMessage[] = [];
  if (!knownObjectCodes.has(parts.objectCode))
    warnings.push(coded('UNKNOWN_OBJECT_CODE', scanWarnings.UNKNOWN_OBJECT_CODE));
  if (!isKnownProvince(parts.provinceCode))
    warnings.push(coded('UNKNOWN_PROVINCE', scanWarnings.UNKNOWN_PROVINCE));
  return { ok: true, parts, warnings };
}
