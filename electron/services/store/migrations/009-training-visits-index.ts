import type { Migration } from './migration';

// Training visits are few (practice runs at the desk); this partial index finds them without reading years
// of real visits, so the sync's per-run counts (outboxCounts for a live or training runner) stay cheap
// when the file holds a million visits and their DONE outbox items.
export const migration: Migration = {
  version: 9,
  name: 'training-visits-index',
  up(db) {
    db.exec('CREATE INDEX visits_training ON visits (id) WHERE training = 1;');
  },
};
