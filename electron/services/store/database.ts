// Opens the one local database file (Electron: under userData; CLI: --db FILE) with the settings the
// offline queue relies on: WAL so the sync can read while the desk writes, synchronous=FULL so a committed
// visit survives a power cut (offline-queue.md), foreign keys enforced.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrate } from './migrate';
import type { MigrateResult } from './migrate';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations';
import { StoreError } from './store-error';
import { storeText } from './store-messages';

export type { Database } from 'better-sqlite3';

export interface OpenOptions {
  /** Injected for tests of migrations; defaults to the app's full list. */
  migrations?: readonly Migration[];
  now?: () => number;
}

export interface OpenedDatabase {
  db: Database;
  migration: MigrateResult;
}

export function openDatabaseWithReport(file: string, options: OpenOptions = {}): OpenedDatabase {
  const now = options.now ?? Date.now;
  let db: Database;
  try {
    db = new BetterSqlite3(file);
  } catch (err) {
    throw new StoreError('DB_OPEN_FAILED', storeText.openFailed, (err as Error).message);
  }
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Another process (desk app vs. CLI sync) may hold the write lock for a few ms: wait, don't fail.
    db.pragma('busy_timeout = 5000');
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    const version = db.pragma('user_version', { simple: true }) as number;
    const migration = migrate(db, options.migrations ?? allMigrations, {
      backupPath: file === ':memory:' ? null : `${file}.v${version}-${stamp}.bak`,
    });
    return { db, migration };
  } catch (err) {
    db.close();
    throw err;
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  return openDatabaseWithReport(file, options).db;
}
