// Who did what, kept next to the data (O3 stores the user on each queued item). Never put a full card or
// CCCD number in `details`: use maskId.
import type { Database } from 'better-sqlite3';
import { stmt } from '../store/statements';

export type AuditAction =
  | 'check-in'
  | 'card-refused'
  | 'card-rechecked'
  | 'submitted'
  | 'item-failed'
  | 'visit-corrected'
  | 'resubmitted';

export interface AuditEntry {
  at: number;
  actor: string;
  action: AuditAction;
  visitId: string | null;
  details?: Record<string, unknown>;
}

export function audit(db: Database, e: AuditEntry): void {
  stmt(db, 'INSERT INTO audit_log (at, actor, action, visit_id, details) VALUES (?, ?, ?, ?, ?)').run(
    e.at,
    e.actor,
    e.action,
    e.visitId,
    e.details ? JSON.stringify(e.details) : null,
  );
}

/** Last 4 characters only, for logs and audit details. */
export function maskId(value: string | null): string | null {
  return value ? `…${value.slice(-4)}` : null;
}

export function auditTrail(db: Database, visitId: string): AuditEntry[] {
  const rows = stmt(
    db,
    'SELECT at, actor, action, visit_id, details FROM audit_log WHERE visit_id = ? ORDER BY id',
  ).all(visitId) as {
    at: number;
    actor: string;
    action: AuditAction;
    visit_id: string;
    details: string | null;
  }[];
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    visitId: r.visit_id,
    ...(r.details ? { details: JSON.parse(r.details) as Record<string, unknown> } : {}),
  }));
}
