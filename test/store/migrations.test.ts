import BetterSqlite3 from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, openDatabaseWithReport } from '../../electron/services/store/database';
import { assertMonotonic, migrate, schemaVersion } from '../../electron/services/store/migrate';
import { migrations } from '../../electron/services/store/migrations';
import { StoreError } from '../../electron/services/store/store-error';
import { tempDbFiles } from './temp-db-files';

const freshFile = tempDbFiles();

const tables = (db: BetterSqlite3.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

// What each migration must leave behind, checked on a fresh database migrated exactly up to it.
const expectations: Record<number, (db: BetterSqlite3.Database) => void> = {
  1: (db) => {
    expect(tables(db)).toContain('visits');
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'visits'").get() as { sql: string })
      .sql;
    expect(sql).toMatch(/length\(ma_lk\) BETWEEN 1 AND 100/);
  },
  2: (db) => expect(tables(db)).toContain('queue_counters'),
  3: (db) => expect(tables(db)).toContain('card_checks'),
  4: (db) => {
    expect(tables(db)).toContain('outbox');
    // Foreign keys are on: an outbox item for a visit that does not exist is refused.
    expect(() =>
      db
        .prepare(
          "INSERT INTO outbox (visit_id, kind, status, next_attempt_at, created_at, updated_at) VALUES ('nope', 'submit', 'PENDING', 0, 0, 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  },
  5: (db) => expect(tables(db)).toContain('audit_log'),
  6: (db) => {
    const clinic = db.prepare("SELECT service_code FROM clinics WHERE code = 'K01'").get() as {
      service_code: string;
    };
    expect(clinic.service_code).toBeTruthy();
  },
  7: (db) => expect(tables(db)).toContain('sync_runner'),
  8: (db) => {
    const cols = (
      db.prepare('PRAGMA table_info(visits)').all() as { name: string; dflt_value: string }[]
    ).find((c) => c.name === 'training');
    expect(cols?.dflt_value).toBe('0');
  },
  9: (db) => {
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM visits WHERE training = 1').all() as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/visits_training/);
  },
};

describe('migrations', () => {
  it('form a 1..n list and each has a test here', () => {
    assertMonotonic(migrations);
    expect(Object.keys(expectations).map(Number)).toEqual(migrations.map((m) => m.version));
  });

  for (const m of migrations) {
    it(`${String(m.version).padStart(3, '0')}-${m.name} applies on a fresh database`, () => {
      const file = freshFile();
      const db = openDatabase(file, { migrations: migrations.slice(0, m.version) });
      expect(schemaVersion(db)).toBe(m.version);
      expectations[m.version]!(db);
      db.close();
    });
  }

  it('opens with WAL, synchronous=FULL and foreign keys', () => {
    const db = openDatabase(freshFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a list that is not 1..n', () => {
    expect(() => assertMonotonic([migrations[1]!, migrations[0]!])).toThrow(/1\.\.n/);
  });

  it('refuses a database newer than the app and leaves it untouched', () => {
    const file = freshFile();
    openDatabase(file).close();
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('DB_NEWER_THAN_APP');
    expect((error as StoreError).messageEn).toMatch(/newer version/);
    const again = new BetterSqlite3(file);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    again.close();
  });

  it('backs the file up before migrating an existing database, with its data', () => {
    const file = freshFile();
    const old = openDatabase(file, { migrations: migrations.slice(0, 6) });
    old.prepare("INSERT INTO settings (key, value) VALUES ('facilityCode', '\"01832\"')").run();
    old.close();
    const { db, migration } = openDatabaseWithReport(file, { now: () => Date.UTC(2026, 0, 2) });
    expect(migration).toMatchObject({ from: 6, to: migrations.length });
    expect(migration.backupPath).toMatch(/\.v6-2026-01-02T00-00-00-000Z\.bak$/);
    expect(existsSync(migration.backupPath!)).toBe(true);
    const backup = new BetterSqlite3(migration.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(6);
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'facilityCode'").get()).toEqual({
      value: '"01832"',
    });
    backup.close();
    db.close();
  });

  it('takes no backup of a brand-new file or an up-to-date one', () => {
    const file = freshFile();
    expect(openDatabaseWithReport(file).migration.backupPath).toBeNull();
    const second = openDatabaseWithReport(file);
    expect(second.migration).toEqual({ from: migrations.length, to: migrations.length, backupPath: null });
    second.db.close();
  });

  it('rolls back every step when one fails (one transaction)', () => {
    const file = freshFile();
    const broken = [
      ...migrations.slice(0, 2),
      {
        version: 3,
        name: 'broken',
        up: (db: BetterSqlite3.Database) => {
          db.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(StoreError);
    const raw = new BetterSqlite3(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(raw)).not.toContain('visits');
    raw.close();
  });

  it('re-reads the version under the write lock, so a second process never re-runs a step', () => {
    const file = freshFile();
    openDatabase(file, { migrations: migrations.slice(0, migrations.length - 1) }).close();
    // Two processes updated together (desk app + a scheduled sync): `late` read the old user_version,
    // then the other one migrated the file before `late` got the write lock. The proxy replays exactly
    // that interleaving: its first user_version read returns what it saw before the other's commit.
    const late = new BetterSqlite3(file);
    openDatabase(file).close();
    let reads = 0;
    const stale = new Proxy(late, {
      get(target, prop) {
        if (prop === 'pragma') {
          return (sql: string, o?: { simple: boolean }) =>
            sql === 'user_version' && reads++ === 0 ? migrations.length - 1 : target.pragma(sql, o);
        }
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    expect(migrate(stale, migrations, { backupPath: null })).toMatchObject({
      from: migrations.length,
      to: migrations.length,
    });
    expect(reads).toBe(2);
    expect(late.pragma('user_version', { simple: true })).toBe(migrations.length);
    late.close();
  });

  it('refuses to migrate, with a message and nothing changed, when the backup cannot be written', () => {
    const file = freshFile();
    openDatabase(file, { migrations: migrations.slice(0, 6) }).close();
    const db = new BetterSqlite3(file);
    let error: unknown;
    try {
      migrate(db, migrations, { backupPath: join(dirname(file), 'no-such-folder', 'kcb.bak') });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'DB_BACKUP_FAILED', messageEn: expect.stringMatching(/back up/) });
    expect(schemaVersion(db)).toBe(6);
    db.close();
  });

  it('goes on when another process opening the file at the same moment already took the same backup', () => {
    const file = freshFile();
    openDatabase(file, { migrations: migrations.slice(0, 6) }).close();
    const backupPath = join(dirname(file), 'same-moment.bak');
    writeFileSync(backupPath, 'taken by the other process');
    const db = new BetterSqlite3(file);
    expect(migrate(db, migrations, { backupPath })).toMatchObject({ from: 6, backupPath });
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });
});
