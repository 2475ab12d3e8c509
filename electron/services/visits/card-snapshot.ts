// What a gateway answer changes on a visit: the card as BHXH knows it (always the 15-char code, the new
// card on 003/004 — bhxh-gateway.md §2) and the desk's card status. Used by the desk check-in and by the
// sync's re-check of visits registered offline.
import type { Database } from 'better-sqlite3';
import type { CardCheckRequest, CardCheckResult } from '../../../shared/gateway/card-check-result';
import type { CardStatus } from '../../../shared/visits/visit-states';
import type { PatientIdentity } from './check-in';
import { stmt } from '../store/statements';

export function cardStatusFor(result: Pick<CardCheckResult, 'severity'>): CardStatus {
  switch (result.severity) {
    case 'usable':
      return 'verified';
    case 'usable-with-attention':
      return 'attention';
    case 'blocked':
      return 'rejected';
    default:
      // retry-later / configuration-error: the card itself was not judged.
      return 'unverified';
  }
}

export function withCheckedCard(p: PatientIdentity, r: CardCheckResult): PatientIdentity {
  const card = r.card;
  if (!card) return p;
  const next = r.suggestion?.kind === 'use-new-card' ? r.suggestion : null;
  return {
    ...p,
    // A bare card number carries no gender; BHXH's answer does (XML0 GIOI_TINH is required).
    gender: p.gender === 3 ? card.gioiTinh : p.gender,
    cardNumber: next?.maThe ?? card.maThe,
    socialInsuranceNumber: card.maSoBHXH || p.socialInsuranceNumber,
    registeredFacility: (next?.maDKBD ?? card.maDKBD) || p.registeredFacility,
    cardValidFrom: (next ? next.gtTheTu : card.gtTheTu) ?? p.cardValidFrom,
    cardValidTo: (next ? next.gtTheDen : card.gtTheDen) ?? p.cardValidTo,
  };
}

/** What the gateway is asked for this patient: card code, else mã số BHXH, else CCCD (all accepted). */
export function cardRequestFor(p: PatientIdentity): CardCheckRequest | null {
  const maThe = p.cardNumber ?? p.socialInsuranceNumber ?? p.citizenId;
  if (!maThe) return null;
  // bhxh-gateway.md §2: dd/MM/yyyy, or yyyy when only the year is known.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.dateOfBirth);
  const ngaySinh = m ? `${m[3]}/${m[2]}/${m[1]}` : p.dateOfBirth.slice(0, 4);
  return { maThe, hoTen: p.fullName, ngaySinh };
}

export function updateVisitCard(db: Database, visitId: string, p: PatientIdentity, status: CardStatus): void {
  stmt(
    db,
    `UPDATE visits SET card_number = ?, social_insurance_number = ?, registered_facility = ?, card_valid_from = ?,
       card_valid_to = ?, gender = ?, card_status = ? WHERE id = ?`,
  ).run(
    p.cardNumber,
    p.socialInsuranceNumber,
    p.registeredFacility,
    p.cardValidFrom,
    p.cardValidTo,
    p.gender,
    status,
    visitId,
  );
}
