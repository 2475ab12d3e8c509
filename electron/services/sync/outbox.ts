// The outbox table's state machine (offline-queue.md). Every function is one short transaction so new
// check-ins never wait behind the sync: the network calls happen between these calls, never inside them.
import type { Database } from 'better-sqlite3';
import type { CodedMessage } from '../../../shared/message';
import type { OutboxItem } from '../../../shared/visits/visit';
import type { SyncCounts } from '../../../shared/visits/sync-events';
import type { OutboxKind, OutboxStatus } from '../../../shared/visits/visit-states';
import { stmt } from '../store/statements';

// A submission is not claimable while its visit's card re-check is unfinished (PENDING, IN_FLIGHT or FAILED).
const notWaitingForCardCheck = `(o.kind = 'card-check' OR NOT EXISTS (
  SELECT 1 FROM outbox c WHERE c.visit_id = o.visit_id AND c.kind = 'card-check' AND c.status <> 'DONE'))`;
// Training visits go only to the simulator, real ones only to the gateway (migration 008).
const ofMode = `(SELECT v.training FROM visits v WHERE v.id = o.visit_id) = ?`;

/** Which visits a runner serves: real ones (the gateway) or training ones (the simulator). */
export type SyncMode = 'live' | 'training';
const modeFlag = (mode: SyncMode) => (mode === 'training' ? 1 : 0);

export interface ClaimedItem {
  id: number;
  visitId: string;
  kind: OutboxKind;
  attempts: number;
  /** Including this attempt, for a submission. */
  sends: number;
}

/**
 * Takes the next due item for `owner`. A submission's `sends` is incremented in the same statement, i.e.
 * durably BEFORE the request leaves, so a crash after sending still shows as a resend next time (and one
 * fsync per claim instead of two). A submission waits until its visit's card re-check is DONE: the
 * XML0 must carry the card as BHXH confirmed it (offline-queue.md, "Offline card checks").
 */
export function claimNext(
  db: Database,
  owner: string,
  now: number,
  mode: SyncMode = 'live',
): ClaimedItem | null {
  const row = stmt(
    db,
    `UPDATE outbox SET status = 'IN_FLIGHT', lease_owner = ?, updated_at = ?,
         sends = sends + (kind = 'submit')
       WHERE id = (
         SELECT o.id FROM outbox o
         WHERE o.status = 'PENDING' AND o.next_attempt_at <= ? AND ${notWaitingForCardCheck} AND ${ofMode}
         ORDER BY o.next_attempt_at, o.id LIMIT 1)
       RETURNING id, visit_id AS visitId, kind, attempts, sends`,
  ).get(owner, now, now, modeFlag(mode)) as ClaimedItem | undefined;
  return row ?? null;
}

/** A claimed submission that never left (our own XML0 was invalid) is not a send. */
export function unmarkSending(db: Database, id: number): void {
  stmt(db, 'UPDATE outbox SET sends = sends - 1 WHERE id = ? AND sends > 0').run(id);
}

export function markDone(db: Database, id: number, now: number): void {
  stmt(
    db,
    `UPDATE outbox SET status = 'DONE', lease_owner = NULL, updated_at = ?,
       last_error_code = NULL, last_error_message = NULL, last_error_message_en = NULL WHERE id = ?`,
  ).run(now, id);
}

export function markRetry(
  db: Database,
  id: number,
  now: number,
  nextAttemptAt: number,
  error: CodedMessage,
): number {
  const row = stmt(
    db,
    `UPDATE outbox SET status = 'PENDING', lease_owner = NULL, attempts = attempts + 1, next_attempt_at = ?,
         updated_at = ?, last_error_code = ?, last_error_message = ?, last_error_message_en = ?
       WHERE id = ? RETURNING attempts`,
  ).get(nextAttemptAt, now, error.code, error.message, error.messageEn, id) as { attempts: number };
  return row.attempts;
}

/** Permanent failure: the item stops and its visit shows the message to staff. */
export function markFailed(
  db: Database,
  id: number,
  visitId: string,
  now: number,
  error: CodedMessage,
): void {
  db.transaction(() => {
    stmt(
      db,
      `UPDATE outbox SET status = 'FAILED', lease_owner = NULL, attempts = attempts + 1, updated_at = ?,
         last_error_code = ?, last_error_message = ?, last_error_message_en = ? WHERE id = ?`,
    ).run(now, error.code, error.message, error.messageEn, id);
    stmt(
      db,
      `UPDATE visits SET status = 'failed', problem_code = ?, problem_message = ?, problem_message_en = ?
       WHERE id = ?`,
    ).run(error.code, error.message, error.messageEn, visitId);
  })();
}

/** Items a dead runner left IN_FLIGHT go back to PENDING (at-least-once: they may be resent). */
export function recoverInFlight(db: Database, now: number): number {
  return stmt(
    db,
    "UPDATE outbox SET status = 'PENDING', lease_owner = NULL, updated_at = ? WHERE status = 'IN_FLIGHT'",
  ).run(now).changes;
}

/** After a successful probe the gateway is back: waiting items need not sit out their back-off. */
export function makeWaitingDue(db: Database, now: number): number {
  return stmt(
    db,
    "UPDATE outbox SET next_attempt_at = ? WHERE status = 'PENDING' AND next_attempt_at > ?",
  ).run(now, now).changes;
}

/** When the next claimable item falls due (submissions held by an unfinished re-check do not count). */
export function nextDueAt(db: Database, mode: SyncMode = 'live'): number | null {
  const row = stmt(
    db,
    `SELECT min(o.next_attempt_at) AS at FROM outbox o
     WHERE o.status = 'PENDING' AND ${notWaitingForCardCheck} AND ${ofMode}`,
  ).get(modeFlag(mode)) as { at: number | null };
  return row.at;
}

/**
 * Items the sync will still send by itself: PENDING or IN_FLIGHT, minus submissions held behind a FAILED
 * card re-check — those wait for staff (correct and resubmit), not for a back-off, and the FAILED item
 * already counts them. What `kcb-checkin sync` reports as `pending` and what the probe waits for.
 */
export function waitingCount(db: Database, mode: SyncMode = 'live'): number {
  const row = stmt(
    db,
    `SELECT count(*) AS n FROM outbox o
     WHERE o.status IN ('PENDING', 'IN_FLIGHT') AND ${ofMode} AND NOT EXISTS (
       SELECT 1 FROM outbox c WHERE c.visit_id = o.visit_id AND c.kind = 'card-check' AND c.status = 'FAILED')`,
  ).get(modeFlag(mode)) as { n: number };
  return row.n;
}

/**
 * Items by state; with `mode`, only those of real (live) or training visits. Runs at the end of every
 * sync run, on the main process: the open states are read through the status index, and DONE — nearly
 * every row of a file in use for years — is counted from the index, minus the few training visits'
 * (partial index, migration 009), instead of looking up each item's visit.
 */
export function outboxCounts(db: Database, mode?: SyncMode): SyncCounts {
  if (mode === undefined) {
    return countsOf(stmt(db, 'SELECT status, count(*) AS n FROM outbox GROUP BY status').all());
  }
  const open = countsOf(
    stmt(
      db,
      `SELECT o.status, count(*) AS n FROM outbox o
       WHERE o.status IN ('PENDING', 'IN_FLIGHT', 'FAILED') AND ${ofMode} GROUP BY o.status`,
    ).all(modeFlag(mode)),
  );
  const count = (sql: string) => (stmt(db, sql).get() as { n: number }).n;
  // CROSS JOIN keeps visits (the partial index) outside; `+o.status` makes SQLite find each training
  // visit's items by visit id rather than walk every DONE item per training visit.
  const trainingDone = count(
    `SELECT count(*) AS n FROM visits v CROSS JOIN outbox o ON o.visit_id = v.id
     WHERE v.training = 1 AND +o.status = 'DONE'`,
  );
  const done =
    mode === 'training'
      ? trainingDone
      : count("SELECT count(*) AS n FROM outbox WHERE status = 'DONE'") - trainingDone;
  return { ...open, done };
}

function countsOf(rows: unknown[]): SyncCounts {
  const by = Object.fromEntries(
    (rows as { status: OutboxStatus; n: number }[]).map((r) => [r.status, r.n]),
  ) as Partial<Record<OutboxStatus, number>>;
  return {
    pending: by.PENDING ?? 0,
    inFlight: by.IN_FLIGHT ?? 0,
    failed: by.FAILED ?? 0,
    done: by.DONE ?? 0,
  };
}

/** A visit's outbox items as the queue screen shows them (state, attempts, resends, last error). */
export function outboxItemsOf(db: Database, visitId: string): OutboxItem[] {
  const rows = stmt(
    db,
    `SELECT id, visit_id, kind, status, attempts, sends, next_attempt_at, last_error_code, last_error_message,
       last_error_message_en FROM outbox WHERE visit_id = ? ORDER BY id`,
  ).all(visitId) as {
    id: number;
    visit_id: string;
    kind: OutboxKind;
    status: OutboxStatus;
    attempts: number;
    sends: number;
    next_attempt_at: number;
    last_error_code: string | null;
    last_error_message: string | null;
    last_error_message_en: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    kind: r.kind,
    status: r.status,
    attempts: r.attempts,
    sends: r.sends,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error_code
      ? {
          code: r.last_error_code,
          message: r.last_error_message ?? '',
          messageEn: r.last_error_message_en ?? '',
        }
      : null,
  }));
}
