// Schema migrations after Signal Desktop (architecture.md §4): an ordered list checked to be 1..n, the
// version in PRAGMA user_version, every pending step in ONE transaction, a copy of the file taken before
// touching an existing database, and a database from the future refused rather than guessed at.
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Migration } from './migrations';
import { StoreError } from './store-error';
import { storeText } from './store-messages';

export interface MigrateOptions {
  /** Where the pre-migration copy goes; null for an in-memory database. */
  backupPath: string | null;
}

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

export function assertMonotonic(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `migration #${i + 1} (${m.name}) has version ${m.version}: the list must be 1..n in order`,
      );
    }
  });
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, list: readonly Migration[], options: MigrateOptions): MigrateResult {
  assertMonotonic(list);
  const to = list.length;
  const seen = refuseNewer(schemaVersion(db), to);
  if (seen === to) return { from: seen, to, backupPath: null };

  let backupPath: string | null = null;
  if (seen > 0 && options.backupPath) {
    backupPath = options.backupPath;
    takeBackup(db, backupPath);
  }
  // The version is read again under the write lock: the desk app and a `kcb-checkin sync` started together
  // after an update both saw the old version, and the one that waited must not re-run the other's steps.
  let from = seen;
  const apply = db.transaction(() => {
    from = refuseNewer(schemaVersion(db), to);
    for (const m of list.slice(from)) m.up(db);
    // PRAGMA takes no bound parameters; `to` is our own integer.
    db.pragma(`user_version = ${to}`);
  });
  try {
    apply.immediate();
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError('DB_MIGRATION_FAILED', storeText.migrationFailed, (err as Error).message);
  }
  return { from, to, backupPath };
}

/**
 * VACUUM INTO writes a consistent snapshot (WAL included) without holding up the live file for long.
 * No copy, no migration: a full disk or a read-only folder is refused with a message, not a stack trace.
 */
function takeBackup(db: Database, path: string): void {
  try {
    db.prepare('VACUUM INTO ?').run(path);
  } catch (err) {
    // Same version, same millisecond: a process opening the file together with us has just taken it.
    if (existsSync(path)) return;
    throw new StoreError('DB_BACKUP_FAILED', storeText.backupFailed, (err as Error).message);
  }
}

function refuseNewer(version: number, to: number): number {
  if (version > to) {
    throw new StoreError('DB_NEWER_THAN_APP', storeText.newerThanApp, `schema ${version} > ${to}`);
  }
  return version;
}
