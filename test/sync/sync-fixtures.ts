// A real simulator on loopback, a real SQLite file, and visits of the simulator's demo patients.
import type { Database } from 'better-sqlite3';
import type { GatewayConfig } from '../../electron/services/gateway/gateway-client';
import { startSimulator } from '../../electron/services/simulator/simulator';
import type { Faults, SimulatorHandle } from '../../electron/services/simulator/simulator';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { openDatabase } from '../../electron/services/store/database';
import { registerVisit } from '../../electron/services/visits/check-in';
import type { CheckInInput } from '../../electron/services/visits/check-in';
import type { Visit } from '../../shared/visits/visit';
import { tempDbFile } from '../store/store-fixtures';
import { demoCheckIn, officer } from './demo-visit';

export { hung, officer } from './demo-visit';

export function accountFor(sim: SimulatorHandle): GatewayConfig {
  return {
    baseUrl: sim.url,
    username: trainingAccount.username,
    password: trainingAccount.password,
    officerName: officer.name,
    officerCccd: officer.cccd,
    checkTimeoutMs: 3_000,
    submitTimeoutMs: 3_000,
  };
}

export interface SyncBed {
  db: Database;
  file: string;
  sim: SimulatorHandle;
  register(over?: Partial<CheckInInput>): Visit;
  close(): Promise<void>;
}

export async function syncBed(faults: Partial<Faults> = {}): Promise<SyncBed> {
  const t = tempDbFile();
  const db = openDatabase(t.file);
  const sim = await startSimulator({ faults });
  return {
    db,
    file: t.file,
    sim,
    register: (over = {}) => registerVisit(db, demoCheckIn(db, over)),
    close: async () => {
      db.close();
      await sim.close();
      t.cleanup();
    },
  };
}

export function outboxRows(db: Database, visitId: string) {
  return db
    .prepare(
      'SELECT kind, status, attempts, sends, last_error_code AS code FROM outbox WHERE visit_id = ? ORDER BY id',
    )
    .all(visitId) as { kind: string; status: string; attempts: number; sends: number; code: string | null }[];
}
