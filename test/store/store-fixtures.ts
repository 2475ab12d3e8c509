// Real SQLite files in a fresh temp dir per test, and a sample patient/officer for check-ins.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { CheckInInput, PatientIdentity } from '../../electron/services/visits/check-in';
import { findClinic } from '../../electron/services/store/settings';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kcb-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDbFile(): { file: string; dir: string; cleanup: () => void } {
  const t = tempDir();
  return { ...t, file: join(t.dir, 'kcb.sqlite') };
}

export const samplePatient: PatientIdentity = {
  fullName: 'Nguyễn Thị Ỷ',
  dateOfBirth: '1994-03-05',
  gender: 2,
  citizenId: null,
  cardNumber: 'DN4010100000001',
  socialInsuranceNumber: '0101000001',
  registeredFacility: '01832',
  cardValidFrom: '2024-01-01',
  cardValidTo: '2030-12-31',
};

export function sampleCheckIn(db: Database, over: Partial<CheckInInput> = {}): CheckInInput {
  const clinic = findClinic(db, 'K01');
  if (!clinic) throw new Error('default clinic missing');
  return {
    patient: samplePatient,
    officer: { name: 'Đặng Văn Bình', cccd: '001090000001' },
    facilityCode: '01832',
    deskPrefix: 'A',
    clinic,
    cardStatus: 'unverified',
    deskAnswer: null,
    ...over,
  };
}
