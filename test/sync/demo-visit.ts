// The visit the sync tests, the crash test's child and the sync benchmark register: the simulator's
// card-000 patient at the training facility's desk A, checked by the demo officer (who BHXH knows, 054).
// Kept free of the simulator and vitest so a child process or a benchmark loads it cheaply.
import type { Database } from 'better-sqlite3';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { findClinic } from '../../electron/services/store/settings';
import type { CheckInInput, Officer, PatientIdentity } from '../../electron/services/visits/check-in';

export const officer: Officer = { name: trainingAccount.officerName, cccd: trainingAccount.officerCccd };

/** Card 000 of the demo registry. */
export const hung: PatientIdentity = {
  fullName: 'Đặng Văn Hùng',
  dateOfBirth: '1985-08-15',
  gender: 1,
  citizenId: '001085012345',
  cardNumber: 'DN4010123456789',
  socialInsuranceNumber: null,
  registeredFacility: '01832',
  cardValidFrom: null,
  cardValidTo: null,
};

/** Registered offline ('unverified') unless `over` says otherwise. */
export function demoCheckIn(db: Database, over: Partial<CheckInInput> = {}): CheckInInput {
  return {
    patient: hung,
    officer,
    facilityCode: trainingAccount.maCSKCB,
    deskPrefix: 'A',
    clinic: findClinic(db, 'K01')!,
    cardStatus: 'unverified',
    deskAnswer: null,
    ...over,
  };
}
