import type { Migration } from './migration';

// Queue numbers per desk-local day and desk prefix (A-001, B-001: two desks never collide offline,
// offline-queue.md). The counter only grows, so a number is never handed out twice, even after a restart.
export const migration: Migration = {
  version: 2,
  name: 'queue-counters',
  up(db) {
    db.exec(`
      CREATE TABLE queue_counters (
        day TEXT NOT NULL,
        desk_prefix TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (day, desk_prefix)
      ) WITHOUT ROWID;
    `);
  },
};
