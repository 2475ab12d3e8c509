// Read side of the visit store: one visit, the day's list (the desk's queue screen and `visits` CLI).
import type { Database } from 'better-sqlite3';
import type { Visit } from '../../../shared/visits/visit';
import { toVisit } from './visit-rows';
import type { VisitRow } from './visit-rows';
import { stmt } from '../store/statements';

export function getVisit(db: Database, id: string): Visit | null {
  const row = stmt(db, 'SELECT * FROM visits WHERE id = ?').get(id) as VisitRow | undefined;
  return row ? toVisit(row) : null;
}

/** Raw row, for the sync (needs the officer's CCCD, which the Visit shape does not expose). */
export function getVisitRow(db: Database, id: string): VisitRow | null {
  return (stmt(db, 'SELECT * FROM visits WHERE id = ?').get(id) as VisitRow | undefined) ?? null;
}

/** The day's visits in arrival order; served by the (day, created_at) index. */
export function listVisitsForDay(db: Database, day: string): Visit[] {
  const rows = stmt(db, 'SELECT * FROM visits WHERE day = ? ORDER BY created_at, rowid').all(
    day,
  ) as VisitRow[];
  return rows.map(toVisit);
}
