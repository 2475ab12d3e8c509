import type { Migration } from './migration';

// Who did what (O3 keeps the user on each queued item). No full card or CCCD numbers in `details`.
export const migration: Migration = {
  version: 5,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        visit_id TEXT REFERENCES visits (id),
        details TEXT
      );
      CREATE INDEX audit_log_by_visit ON audit_log (visit_id);
    `);
  },
};
