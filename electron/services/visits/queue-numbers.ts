// Queue numbers per desk-local day and desk prefix, … The counter row only grows and is
// updated in the check-in transaction, so a number is never reused (not even after a rolled-back or
// crashed check-in, which simply never commits its increment) and survives restarts.
import type { Database } from 'better-sqlite3';
import { stmt } from '../store/statements';

export interface QueueNumber {
  seq: number;
  /** As printed on the ticket. */
  label: string;
}

export function formatQueueNumber(prefix: string, seq: number): string {
  return `${prefix}-${String(seq).padStart(3, '0')}`;
}

/** Must run inside the check-in transaction. */
export function takeQueueNumber(db: Database, day: string, prefix: string): QueueNumber {
  const row = stmt(
    db,
    `INSERT INTO queue_counters (day, desk_prefix, last_seq) VALUES (?, ?, 1)
       ON CONFLICT (day, desk_prefix) DO UPDATE SET last_seq = last_seq + 1
       RETURNING last_seq AS seq`,
  ).get(day, prefix) as { seq: number };
  return { seq: row.seq, label: formatQueueNumber(prefix, row.seq) };
}
