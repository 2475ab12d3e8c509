// Every gateway answer is kept with its code and raw JSON (also refusals that never became a visit).
import type { Database } from 'better-sqlite3';
import { stmt } from '../store/statements';

/** The part of the gateway's CardCheckResult the store keeps. */
export interface GatewayAnswer {
  code: string;
  severity: string;
  message: string;
  raw: unknown;
}

export interface CardCheckRecord {
  visitId: string | null;
  at: number;
  source: 'desk' | 'sync';
  officerName: string;
  answer: GatewayAnswer;
}

export function recordCardCheck(db: Database, r: CardCheckRecord): void {
  stmt(
    db,
    `INSERT INTO card_checks (visit_id, checked_at, source, officer_name, code, severity, message, raw_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.visitId,
    r.at,
    r.source,
    r.officerName,
    r.answer.code,
    r.answer.severity,
    r.answer.message,
    JSON.stringify(r.answer.raw ?? null),
  );
}

export interface StoredCardCheck {
  checkedAt: number;
  source: 'desk' | 'sync';
  code: string;
  severity: string;
  message: string;
  raw: unknown;
}

export function cardChecksOf(db: Database, visitId: string): StoredCardCheck[] {
  const rows = stmt(
    db,
    `SELECT checked_at, source, code, severity, message, raw_json FROM card_checks
       WHERE visit_id = ? ORDER BY id`,
  ).all(visitId) as {
    checked_at: number;
    source: 'desk' | 'sync';
    code: string;
    severity: string;
    message: string;
    raw_json: string;
  }[];
  return rows.map((r) => ({
    checkedAt: r.checked_at,
    source: r.source,
    code: r.code,
    severity: r.severity,
    message: r.message,
    raw: JSON.parse(r.raw_json) as unknown,
  }));
}
