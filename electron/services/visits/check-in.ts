// Check-in = ONE local transaction writing the visit, its queue number, the desk's card-check answer and
// its outbox items (transactional outbox, offline-queue.md). better-sqlite3 is synchronous and the file
// runs WAL + synchronous=FULL, so once this returns the visit survives a crash or power cut.
import type { Database } from 'better-sqlite3';
import type { Visit } from '../../../shared/visits/visit';
import type { CardStatus } from '../../../shared/visits/visit-states';
import type { Clinic } from '../store/settings';
import { audit, maskId } from './audit-log';
import { recordCardCheck } from './card-checks';
import type { GatewayAnswer } from './card-checks';
import { vnDate } from '../../../shared/time/vietnam-time';
import { takeQueueNumber } from './queue-numbers';
import { newVisitIdentity } from './visit-ids';
import { getVisit } from './visit-queries';
import { stmt } from '../store/statements';

export interface PatientIdentity {
  fullName: string;
  /** `YYYY-MM-DD` or `YYYY`. */
  dateOfBirth: string;
  /** 1 Nam, 2 Nữ, 3 chưa xác định (XML0 GIOI_TINH). */
  gender: 1 | 2 | 3;
  citizenId: string | null;
  cardNumber: string | null;
  socialInsuranceNumber: string | null;
  registeredFacility: string | null;
  /** `YYYY-MM-DD`. */
  cardValidFrom: string | null;
  cardValidTo: string | null;
}

/** CV 1923/BHXH-CNTT: the officer's own name + CCCD go with every card check. */
export interface Officer {
  name: string;
  cccd: string;
}

export interface CheckInInput {
  patient: PatientIdentity;
  officer: Officer;
  facilityCode: string;
  deskPrefix: string;
  clinic: Clinic;
  cardStatus: CardStatus;
  /** The desk's gateway answer, when the gateway answered. */
  deskAnswer: GatewayAnswer | null;
  /** MA_LOAI_KCB; 01 = khám ngoại trú. */
  visitType?: string;
  /** MA_DOITUONG_KCB (QĐ 824 appendix 2); 1.1 = đúng tuyến. */
  objectCode?: string;
  /** Registered in training mode (the embedded simulator): never sent to the real gateway. */
  training?: boolean;
}

export interface CheckInDeps {
  now?: () => number;
  uuid?: () => string;
}

/** MA_BN: the lifelong mã số BHXH when known, else the card code, else the CCCD. */
export function patientCode(p: PatientIdentity): string {
  return p.socialInsuranceNumber ?? p.cardNumber ?? p.citizenId ?? p.fullName;
}

export function registerVisit(db: Database, input: CheckInInput, deps: CheckInDeps = {}): Visit {
  const at = (deps.now ?? Date.now)();
  const { id, maLk } = newVisitIdentity(deps.uuid);
  const day = vnDate(at);
  const p = input.patient;
  db.transaction(() => {
    const queue = takeQueueNumber(db, day, input.deskPrefix);
    stmt(
      db,
      `INSERT INTO visits (id, ma_lk, created_at, day, desk_prefix, queue_seq, queue_number, officer_name,
         officer_cccd, facility_code, clinic_code, service_code, service_name, visit_type, object_code,
         patient_code, full_name, date_of_birth, gender, citizen_id, card_number, social_insurance_number,
         registered_facility, card_valid_from, card_valid_to, card_status, status, training)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
    ).run(
      id,
      maLk,
      at,
      day,
      input.deskPrefix,
      queue.seq,
      queue.label,
      input.officer.name,
      input.officer.cccd,
      input.facilityCode,
      input.clinic.code,
      input.clinic.serviceCode,
      input.clinic.serviceName,
      input.visitType ?? '01',
      input.objectCode ?? '1.1',
      patientCode(p),
      p.fullName,
      p.dateOfBirth,
      p.gender,
      p.citizenId,
      p.cardNumber,
      p.socialInsuranceNumber,
      p.registeredFacility,
      p.cardValidFrom,
      p.cardValidTo,
      input.cardStatus,
      input.training ? 1 : 0,
    );
    if (input.deskAnswer) {
      recordCardCheck(db, {
        visitId: id,
        at,
        source: 'desk',
        officerName: input.officer.name,
        answer: input.deskAnswer,
      });
    }
    const addItem = stmt(
      db,
      `INSERT INTO outbox (visit_id, kind, status, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, 'PENDING', ?, ?, ?)`,
    );
    // Offline: re-check the card first; the submission waits for it (see outbox.claimNext).
    if (input.cardStatus === 'unverified') addItem.run(id, 'card-check', at, at, at);
    addItem.run(id, 'submit', at, at, at);
    audit(db, {
      at,
      actor: input.officer.name,
      action: 'check-in',
      visitId: id,
      details: {
        queueNumber: queue.label,
        card: maskId(p.cardNumber ?? p.citizenId),
        cardStatus: input.cardStatus,
      },
    });
  }).immediate();
  const visit = getVisit(db, id);
  if (!visit) throw new Error('visit vanished right after its commit');
  return visit;
}
