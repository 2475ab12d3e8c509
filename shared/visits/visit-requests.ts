// What the desk UI may ask of the visit store, as zod schemas for the IPC contract (shared/ipc): every
// request is parsed in the main process before a handler sees it.
import { z } from 'zod';
import { genderCodeSchema } from './visit';

export const checkInRequestSchema = z.object({
  /** The scan or typed number, as received (the main process parses it with parseScan). */
  raw: z.string().min(1).max(4_000),
  /** Typed by staff when the scan has none, or to correct it. */
  name: z.string().min(1).max(200).optional(),
  /** `dd/MM/yyyy`, `YYYY-MM-DD` or `yyyy`. */
  dob: z.string().min(4).max(10).optional(),
  clinic: z.string().min(1).max(20).optional(),
  /** Register without checking the card now (the sync re-checks it). */
  offline: z.boolean().optional(),
});
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

export const listVisitsRequestSchema = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export const correctVisitRequestSchema = z.object({
  visitId: z.string().min(1),
  patch: z
    .object({
      fullName: z.string().min(1).max(200),
      dateOfBirth: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/),
      gender: genderCodeSchema,
      cardNumber: z.string().regex(/^[A-Z]{2}\d{13}$/),
      socialInsuranceNumber: z.string().regex(/^\d{10}$/),
      citizenId: z.string().regex(/^\d{12}$/),
    })
    .partial(),
});
export type CorrectVisitRequest = z.infer<typeof correctVisitRequestSchema>;

export const resubmitVisitRequestSchema = z.object({ visitId: z.string().min(1) });
