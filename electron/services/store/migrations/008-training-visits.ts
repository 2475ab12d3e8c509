import type { Migration } from './migration';

// Visits registered in training mode (chế độ đào tạo, the embedded simulator) are marked, so a sync
// against the real gateway never sends a training visit to BHXH, and a sync that fell back to the
// simulator (no gateway configured) never marks a real visit as sent.
export const migration: Migration = {
  version: 8,
  name: 'training-visits',
  up(db) {
    db.exec(`ALTER TABLE visits ADD COLUMN training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1));`);
  },
};
