// The visit as every layer sees it (store rows are mapped to this; the UI receives it over IPC).
import { z } from 'zod';
import { cardStatuses, outboxKinds, outboxStatuses, visitSyncStatuses } from './visit-states';

/** QĐ 4750 XML0 GIOI_TINH: 1 Nam, 2 Nữ, 3 chưa xác định. */
export const genderCodeSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const visitSchema = z.object({
  id: z.string(),
  /** MA_LK: created at check-in, never changes across retries (≤ 100 chars, QĐ 4750). */
  maLk: z.string().min(1).max(100),
  /** Epoch milliseconds. */
  createdAt: z.number(),
  /** The desk's local date, `YYYY-MM-DD`. */
  day: z.string(),
  deskPrefix: z.string(),
  queueNumber: z.string(),
  officerName: z.string(),
  facilityCode: z.string(),
  clinicCode: z.string(),
  serviceCode: z.string().nullable(),
  serviceName: z.string().nullable(),
  /** MA_LOAI_KCB (01 khám ngoại trú, …). */
  visitType: z.string(),
  /** MA_DOITUONG_KCB (1.1…, 2 cấp cứu, …; QĐ 824 appendix 2). */
  objectCode: z.string(),
  patient: z.object({
    /** MA_BN. */
    patientCode: z.string(),
    fullName: z.string(),
    /** `YYYY-MM-DD` or `YYYY`. */
    dateOfBirth: z.string(),
    gender: genderCodeSchema,
    citizenId: z.string().nullable(),
    cardNumber: z.string().nullable(),
    socialInsuranceNumber: z.string().nullable(),
    registeredFacility: z.string().nullable(),
    cardValidFrom: z.string().nullable(),
    cardValidTo: z.string().nullable(),
  }),
  cardStatus: z.enum(cardStatuses),
  cardVerified: z.boolean(),
  status: z.enum(visitSyncStatuses),
  /** Registered in training mode (chế độ đào tạo): only ever sent to the simulator. */
  training: z.boolean(),
  maGiaoDich: z.string().nullable(),
  /** The latest failure staff must see (gateway message or our own validation), else null. */
  problem: z.object({ code: z.string(), message: z.string(), messageEn: z.string() }).nullable(),
});
export type Visit = z.infer<typeof visitSchema>;

export const outboxItemSchema = z.object({
  id: z.number(),
  visitId: z.string(),
  kind: z.enum(outboxKinds),
  status: z.enum(outboxStatuses),
  attempts: z.number(),
  /** Submissions actually put on the wire; > 1 means resends of the same MA_LK. */
  sends: z.number(),
  nextAttemptAt: z.number(),
  lastError: z.object({ code: z.string(), message: z.string(), messageEn: z.string() }).nullable(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;
