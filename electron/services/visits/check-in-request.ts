// One desk check-in from what the receptionist entered (a CheckInRequest, shared/visits/visit-requests.ts)
// to a committed visit: parse the scan, apply typed corrections, resolve facility and clinic from the
// settings, then checkInAtDesk. The CLI `checkin` command and the app's IPC handler both call this.
import type { Database } from 'better-sqlite3';
import type { CardCheckResult } from '../../../shared/gateway/card-check-result';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';
import { parseScan } from '../../../shared/scan/parse-scan';
import type { Visit } from '../../../shared/visits/visit';
import { visitErrorText } from '../../../shared/visits/visit-messages';
import type { CheckInRequest } from '../../../shared/visits/visit-requests';
import { findClinic, readSettings } from '../store/settings';
import type { SyncGateway } from '../sync/gateway-port';
import type { CheckInDeps, Officer } from './check-in';
import { checkInAtDesk } from './desk-check-in';
import { identityFromScan } from './scan-identity';

export interface DeskContext {
  /** Who is at the desk (CV 1923: their own name + CCCD go with the card check). */
  officer: Officer;
  /** Facility given for this run (--facility / KCB_FACILITY); else the stored settings; else `fallbackFacility`. */
  facilityOverride?: string | null;
  /** Training mode's demo facility, so a first training check-in needs no set-up. */
  fallbackFacility?: string | null;
  /** Checking against the embedded simulator: the visit is marked as a training visit. */
  training: boolean;
  /** Opened only when the input is valid and the request is not offline; null = no gateway. */
  gateway: () => Promise<Pick<SyncGateway, 'checkCard'> | null>;
}

export type CheckInRequestOutcome =
  | {
      ok: true;
      visit: Visit;
      cardCheck: CardCheckResult | null;
      unverifiedReason: CodedMessage | null;
      scanWarnings: CodedMessage[];
    }
  | { ok: false; error: CodedMessage; cardCheck: CardCheckResult | null };

const refuse = (error: CodedMessage): CheckInRequestOutcome => ({ ok: false, error, cardCheck: null });

export async function checkInFromRequest(
  db: Database,
  req: CheckInRequest,
  ctx: DeskContext,
  deps: CheckInDeps & { signal?: AbortSignal } = {},
): Promise<CheckInRequestOutcome> {
  const scanned = parseScan(req.raw);
  if (!scanned.ok) return refuse(scanned.error);
  const identity = identityFromScan(scanned.scan, {
    ...(req.name !== undefined ? { name: req.name } : {}),
    ...(req.dob !== undefined ? { dob: req.dob } : {}),
  });
  if (!identity.ok) return refuse(identity.error);
  const desk = readSettings(db);
  const facilityCode = ctx.facilityOverride?.trim() || desk.facilityCode || ctx.fallbackFacility || null;
  if (!facilityCode) return refuse(coded('FACILITY_REQUIRED', visitErrorText.facilityRequired));
  if (!/^\d{5}$/.test(facilityCode)) return refuse(coded('BAD_FACILITY', visitErrorText.facilityInvalid));
  const clinic = findClinic(db, req.clinic ?? desk.defaultClinic);
  if (!clinic) return refuse(coded('UNKNOWN_CLINIC', visitErrorText.clinicUnknown));
  const gateway = req.offline ? null : await ctx.gateway();
  const outcome = await checkInAtDesk(
    db,
    {
      patient: identity.patient,
      officer: ctx.officer,
      facilityCode,
      deskPrefix: desk.deskPrefix,
      clinic,
      training: ctx.training,
    },
    gateway,
    deps,
  );
  return outcome.ok ? { ...outcome, scanWarnings: scanned.scan.warnings } : outcome;
}
