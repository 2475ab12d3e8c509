import type { Migration } from './migration';

// The transactional outbox: written in the same transaction as the visit, drained by the sync worker.
// `sends` counts submissions put on the wire (incremented before the request), so resends of one MA_LK
// are visible after a crash. `lease_owner` marks who holds an IN_FLIGHT item.
export const migration: Migration = {
  version: 4,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits (id),
        kind TEXT NOT NULL CHECK (kind IN ('card-check', 'submit')),
        status TEXT NOT NULL CHECK (status IN ('PENDING', 'IN_FLIGHT', 'DONE', 'FAILED')),
        attempts INTEGER NOT NULL DEFAULT 0,
        sends INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_owner TEXT,
        last_error_code TEXT,
        last_error_message TEXT,
        last_error_message_en TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (visit_id, kind)
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
    `);
  },
};
