import type { Migration } from './migration';

// One row per registered visit. `id` and `ma_lk` are made on the desk (offline-queue.md: client-generated
// ids make replays safe); MA_LK ≤ 100 chars (QĐ 4750 XML0). The officer is kept per visit because the
// gateway requires the checking officer's own name + CCCD (CV 1923/BHXH-CNTT): a later re-check must go
// out under that identity, never the identity of whoever runs the sync.
export const migration: Migration = {
  version: 1,
  name: 'visits',
  up(db) {
    db.exec(`
      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        ma_lk TEXT NOT NULL UNIQUE CHECK (length(ma_lk) BETWEEN 1 AND 100),
        created_at INTEGER NOT NULL,
        day TEXT NOT NULL,
        desk_prefix TEXT NOT NULL,
        queue_seq INTEGER NOT NULL,
        queue_number TEXT NOT NULL,
        officer_name TEXT NOT NULL,
        officer_cccd TEXT NOT NULL,
        facility_code TEXT NOT NULL,
        clinic_code TEXT NOT NULL,
        service_code TEXT,
        service_name TEXT,
        visit_type TEXT NOT NULL,
        object_code TEXT NOT NULL,
        patient_code TEXT NOT NULL,
        full_name TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        gender INTEGER NOT NULL CHECK (gender IN (1, 2, 3)),
        citizen_id TEXT,
        card_number TEXT,
        social_insurance_number TEXT,
        registered_facility TEXT,
        card_valid_from TEXT,
        card_valid_to TEXT,
        card_status TEXT NOT NULL CHECK (card_status IN ('unverified', 'verified', 'attention', 'rejected')),
        status TEXT NOT NULL CHECK (status IN ('pending', 'synced', 'failed')),
        ma_giao_dich TEXT,
        problem_code TEXT,
        problem_message TEXT,
        problem_message_en TEXT,
        UNIQUE (day, desk_prefix, queue_seq)
      );
      CREATE INDEX visits_by_day ON visits (day, created_at);
    `);
  },
};
