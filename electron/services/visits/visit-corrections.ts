// Staff fix what made an item fail and send it again (offline-queue.md: poison items don't block the queue;
// O3 lets the user edit a queued item). The MA_LK never changes: a corrected visit is the same episode.
import type { Database } from 'better-sqlite3';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';
import type { Visit } from '../../../shared/visits/visit';
import { visitErrorText } from '../../../shared/visits/visit-messages';
import { audit, maskId } from './audit-log';
import type { PatientIdentity } from './check-in';
import { getVisit } from './visit-queries';

export type VisitChange = { ok: true; visit: Visit } | { ok: false; error: CodedMessage };

export type IdentityCorrection = Partial<
  Pick<
    PatientIdentity,
    'fullName' | 'dateOfBirth' | 'gender' | 'cardNumber' | 'socialInsuranceNumber' | 'citizenId'
  >
>;

const columns: Record<keyof IdentityCorrection, string> = {
  fullName: 'full_name',
  dateOfBirth: 'date_of_birth',
  gender: 'gender',
  cardNumber: 'card_number',
  socialInsuranceNumber: 'social_insurance_number',
  citizenId: 'citizen_id',
};

/** FAILED items go back to PENDING, due now, with a fresh back-off. */
export function resubmitVisit(db: Database, visitId: string, actor: string, now = Date.now()): VisitChange {
  const changed = db.transaction(() => {
    const n = db
      .prepare(
        `UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?
         WHERE visit_id = ? AND status = 'FAILED'`,
      )
      .run(now, now, visitId).changes;
    if (n === 0) return false;
    clearProblem(db, visitId);
    audit(db, { at: now, actor, action: 'resubmitted', visitId });
    return true;
  })();
  const visit = getVisit(db, visitId);
  if (!visit) return { ok: false, error: coded('VISIT_NOT_FOUND', visitErrorText.visitNotFound) };
  if (!changed) return { ok: false, error: coded('NOTHING_TO_RESUBMIT', visitErrorText.nothingToResubmit) };
  return { ok: true, visit };
}

/**
 * Corrects the patient's identity (a typo in the name, the DOB BHXH returned on 070, the new card on
 * 003/004) and queues a fresh card check and a resubmission under the same MA_LK.
 */
export function correctVisit(
  db: Database,
  visitId: string,
  patch: IdentityCorrection,
  actor: string,
  now = Date.now(),
): VisitChange {
  if (!getVisit(db, visitId))
    return { ok: false, error: coded('VISIT_NOT_FOUND', visitErrorText.visitNotFound) };
  const keys = (Object.keys(patch) as (keyof IdentityCorrection)[]).filter((k) => patch[k] !== undefined);
  db.transaction(() => {
    for (const k of keys)
      db.prepare(`UPDATE visits SET ${columns[k]} = ? WHERE id = ?`).run(patch[k], visitId);
    db.prepare("UPDATE visits SET card_status = 'unverified' WHERE id = ?").run(visitId);
    db.prepare(
      `INSERT INTO outbox (visit_id, kind, status, next_attempt_at, created_at, updated_at)
       VALUES (?, 'card-check', 'PENDING', ?, ?, ?)
       ON CONFLICT (visit_id, kind) DO UPDATE SET status = 'PENDING', attempts = 0,
         next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at
       WHERE outbox.status <> 'IN_FLIGHT'`,
    ).run(visitId, now, now, now);
    db.prepare(
      `UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?
       WHERE visit_id = ? AND kind = 'submit' AND status <> 'IN_FLIGHT'`,
    ).run(now, now, visitId);
    clearProblem(db, visitId);
    audit(db, {
      at: now,
      actor,
      action: 'visit-corrected',
      visitId,
      details: {
        fields: keys,
        ...(patch.cardNumber ? { card: maskId(patch.cardNumber) } : {}),
      },
    });
  })();
  return { ok: true, visit: getVisit(db, visitId)! };
}

function clearProblem(db: Database, visitId: string): void {
  db.prepare(
    `UPDATE visits SET status = 'pending', problem_code = NULL, problem_message = NULL, problem_message_en = NULL
     WHERE id = ?`,
  ).run(visitId);
}
