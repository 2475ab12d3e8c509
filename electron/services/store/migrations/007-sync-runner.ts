import type { Migration } from './migration';

// One sync runner at a time across processes (the desk app and a `kcb-checkin sync` may share a file):
// a single-row lease with the owner's pid and a heartbeat.
export const migration: Migration = {
  version: 7,
  name: 'sync-runner',
  up(db) {
    db.exec(`
      CREATE TABLE sync_runner (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        owner TEXT NOT NULL,
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        heartbeat_at INTEGER NOT NULL
      );
    `);
  },
};
