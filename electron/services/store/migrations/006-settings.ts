import type { Migration } from './migration';

// Facility settings and clinics. A default clinic exists out of the box so a first check-in needs no
// set-up; its exam service (MA_DICH_VU/TEN_DICH_VU of XML0) is a placeholder the facility's admin replaces
// with its own price-list code.
export const migration: Migration = {
  version: 6,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE clinics (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        service_code TEXT NOT NULL,
        service_name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1
      ) WITHOUT ROWID;
      INSERT INTO settings (key, value) VALUES ('deskPrefix', '"A"'), ('defaultClinic', '"K01"');
      INSERT INTO clinics (code, name, service_code, service_name)
        VALUES ('K01', 'Phòng khám Nội tổng hợp', '02.1896', 'Khám Nội');
    `);
  },
};
