// Row ↔ domain mapping of the visits table, in one place so every query returns the same Visit shape.
import type { Visit } from '../../../shared/visits/visit';
import type { CardStatus, VisitSyncStatus } from '../../../shared/visits/visit-states';
import { isCardVerified } from '../../../shared/visits/visit-states';
import type { PatientIdentity } from './check-in';

export interface VisitRow {
  id: string;
  ma_lk: string;
  created_at: number;
  day: string;
  desk_prefix: string;
  queue_seq: number;
  queue_number: string;
  officer_name: string;
  officer_cccd: string;
  facility_code: string;
  clinic_code: string;
  service_code: string | null;
  service_name: string | null;
  visit_type: string;
  object_code: string;
  patient_code: string;
  full_name: string;
  date_of_birth: string;
  gender: 1 | 2 | 3;
  citizen_id: string | null;
  card_number: string | null;
  social_insurance_number: string | null;
  registered_facility: string | null;
  card_valid_from: string | null;
  card_valid_to: string | null;
  card_status: CardStatus;
  status: VisitSyncStatus;
  ma_giao_dich: string | null;
  problem_code: string | null;
  problem_message: string | null;
  problem_message_en: string | null;
  training: 0 | 1;
}

export function toVisit(r: VisitRow): Visit {
  return {
    id: r.id,
    maLk: r.ma_lk,
    createdAt: r.created_at,
    day: r.day,
    deskPrefix: r.desk_prefix,
    queueNumber: r.queue_number,
    officerName: r.officer_name,
    facilityCode: r.facility_code,
    clinicCode: r.clinic_code,
    serviceCode: r.service_code,
    serviceName: r.service_name,
    visitType: r.visit_type,
    objectCode: r.object_code,
    patient: { patientCode: r.patient_code, ...identityOf(r) },
    cardStatus: r.card_status,
    cardVerified: isCardVerified(r.card_status),
    status: r.status,
    training: r.training === 1,
    maGiaoDich: r.ma_giao_dich,
    problem: r.problem_code
      ? { code: r.problem_code, message: r.problem_message ?? '', messageEn: r.problem_message_en ?? '' }
      : null,
  };
}

export function identityOf(r: VisitRow): PatientIdentity {
  return {
    fullName: r.full_name,
    dateOfBirth: r.date_of_birth,
    gender: r.gender,
    citizenId: r.citizen_id,
    cardNumber: r.card_number,
    socialInsuranceNumber: r.social_insurance_number,
    registeredFacility: r.registered_facility,
    cardValidFrom: r.card_valid_from,
    cardValidTo: r.card_valid_to,
  };
}
