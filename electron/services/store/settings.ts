// Facility settings (maCSKCB, desk prefix, default clinic) and the clinic list with each clinic's exam
// service, which becomes MA_DICH_VU/TEN_DICH_VU of the XML0 check-in (QĐ 4750).
import type { Database } from 'better-sqlite3';

export interface Clinic {
  code: string;
  name: string;
  serviceCode: string;
  serviceName: string;
}

export interface DeskSettings {
  /** 5-char mã CSKCB, or null until configured. */
  facilityCode: string | null;
  /** Queue-number prefix of this desk (A → A-001). */
  deskPrefix: string;
  defaultClinic: string;
}

const defaults: DeskSettings = { facilityCode: null, deskPrefix: 'A', defaultClinic: 'K01' };

export function readSettings(db: Database): DeskSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { ...defaults, ...stored } as DeskSettings;
}

export function writeSettings(db: Database, patch: Partial<DeskSettings>): DeskSettings {
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) put.run(key, JSON.stringify(value));
  })();
  return readSettings(db);
}

export function listClinics(db: Database): Clinic[] {
  return db
    .prepare(
      `SELECT code, name, service_code AS serviceCode, service_name AS serviceName
       FROM clinics WHERE active = 1 ORDER BY code`,
    )
    .all() as Clinic[];
}

export function findClinic(db: Database, code: string): Clinic | null {
  return (
    (db
      .prepare(
        `SELECT code, name, service_code AS serviceCode, service_name AS serviceName
         FROM clinics WHERE code = ? AND active = 1`,
      )
      .get(code) as Clinic | undefined) ?? null
  );
}

export function upsertClinic(db: Database, clinic: Clinic): void {
  db.prepare(
    `INSERT INTO clinics (code, name, service_code, service_name, active) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, service_code = excluded.service_code,
       service_name = excluded.service_name, active = 1`,
  ).run(clinic.code, clinic.name, clinic.serviceCode, clinic.serviceName);
}
