import type { Migration } from './migration';

// Every gateway answer is kept with its code and raw JSON, also answers that did not lead to a visit
// (a refused card), so a dispute with BHXH can be settled from what the gateway actually said.
export const migration: Migration = {
  version: 3,
  name: 'card-checks',
  up(db) {
    db.exec(`
      CREATE TABLE card_checks (
        id INTEGER PRIMARY KEY,
        visit_id TEXT REFERENCES visits (id),
        checked_at INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('desk', 'sync')),
        officer_name TEXT NOT NULL,
        code TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        raw_json TEXT NOT NULL
      );
      CREATE INDEX card_checks_by_visit ON card_checks (visit_id);
    `);
  },
};
