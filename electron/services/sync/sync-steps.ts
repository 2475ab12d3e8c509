// The two kinds of outbox work. Each returns what happened; the worker turns it into state + events.
// Network calls happen here, between short transactions, never inside one.
import type { Database } from 'better-sqlite3';
import { buildXml0 } from '../../../shared/checkin/xml0';
import type { CardCheckRequest } from '../../../shared/gateway/card-check-result';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';
import { audit } from '../visits/audit-log';
import { recordCardCheck } from '../visits/card-checks';
import { cardRequestFor, cardStatusFor, updateVisitCard, withCheckedCard } from '../visits/card-snapshot';
import { identityOf } from '../visits/visit-rows';
import { getVisitRow } from '../visits/visit-queries';
import { classifyFailure, Xml0ValidationError } from './failure-policy';
import type { Failure } from './failure-policy';
import type { GatewayForOfficer } from './gateway-port';
import type { ClaimedItem } from './outbox';
import { markDone, unmarkSending } from './outbox';
import { syncText } from './sync-messages';
import { xml0RecordOf } from './xml0-record';
import { stmt } from '../store/statements';

export interface StepContext {
  db: Database;
  gatewayFor: GatewayForOfficer;
  now: () => number;
  signal?: AbortSignal;
}

/** `resend`: this attempt put an MA_LK on the wire that had been sent before (counted on success or not). */
export type StepOutcome =
  { ok: true; sent: boolean; resend: boolean } | { ok: false; failure: Failure; resend?: boolean };

const permanent = (error: CodedMessage): StepOutcome => ({ ok: false, failure: { retryable: false, error } });

export async function recheckCard(ctx: StepContext, item: ClaimedItem): Promise<StepOutcome> {
  const row = getVisitRow(ctx.db, item.visitId);
  if (!row) throw new Error(`outbox item ${item.id} has no visit`);
  const identity = identityOf(row);
  const request = cardRequestFor(identity);
  if (!request) {
    // Nothing to check (no card, no BHXH number, no CCCD): not a BHYT visit; let the submission go.
    ctx.db.transaction(() => markDone(ctx.db, item.id, ctx.now()))();
    return { ok: true, sent: false, resend: false };
  }
  const officer = { name: row.officer_name, cccd: row.officer_cccd };
  let result;
  try {
    result = await ctx.gatewayFor(officer).checkCard(request, ctx.signal ? { signal: ctx.signal } : {});
  } catch (err) {
    return { ok: false, failure: classifyFailure(err) };
  }
  const at = ctx.now();
  const status = cardStatusFor(result);
  const error: CodedMessage = { code: result.code, message: result.message, messageEn: result.messageEn };
  const outdated = ctx.db.transaction(() => {
    recordCardCheck(ctx.db, {
      visitId: row.id,
      at,
      source: 'sync',
      officerName: officer.name,
      answer: result,
    });
    audit(ctx.db, {
      at,
      actor: officer.name,
      action: 'card-rechecked',
      visitId: row.id,
      details: { code: result.code, severity: result.severity },
    });
    // Staff corrected the patient while we asked: this answer is about the old data (kept above, never
    // applied); the correction could not reset an item in flight, so ask again with what staff entered.
    if (cardRequestChanged(ctx, row.id, request)) return true;
    if (
      result.severity === 'usable' ||
      result.severity === 'usable-with-attention' ||
      result.severity === 'blocked'
    ) {
      updateVisitCard(
        ctx.db,
        row.id,
        status === 'rejected' ? identity : withCheckedCard(identity, result),
        status,
      );
    }
    if (result.severity === 'usable' || result.severity === 'usable-with-attention')
      markDone(ctx.db, item.id, at);
    return false;
  })();
  if (outdated) return changedMeanwhile();
  switch (result.severity) {
    case 'usable':
    case 'usable-with-attention':
      return { ok: true, sent: false, resend: false };
    case 'retry-later':
      return { ok: false, failure: { retryable: true, error } };
    default:
      // blocked: staff must correct the name/DOB/card or re-register as self-paying; configuration-error:
      // an admin must fix the officer list. Either way retrying as-is cannot succeed.
      return permanent(error);
  }
}

export async function submitVisit(ctx: StepContext, item: ClaimedItem): Promise<StepOutcome> {
  const row = getVisitRow(ctx.db, item.visitId);
  if (!row) throw new Error(`outbox item ${item.id} has no visit`);
  let xml: string;
  try {
    xml = buildXml0([xml0RecordOf(row)]);
  } catch (err) {
    unmarkSending(ctx.db, item.id);
    return { ok: false, failure: classifyFailure(new Xml0ValidationError((err as Error).message)) };
  }
  const sends = item.sends;
  const resend = sends > 1;
  let receipt;
  try {
    receipt = await ctx
      .gatewayFor({ name: row.officer_name, cccd: row.officer_cccd })
      .submitCheckIn(xml, { maCSKCB: row.facility_code, ...(ctx.signal ? { signal: ctx.signal } : {}) });
  } catch (err) {
    return { ok: false, failure: classifyFailure(err), resend };
  }
  const at = ctx.now();
  const outdated = ctx.db.transaction(() => {
    audit(ctx.db, {
      at,
      actor: row.officer_name,
      action: 'submitted',
      visitId: row.id,
      details: { maGiaoDich: receipt.maGiaoDich, sends },
    });
    stmt(ctx.db, 'UPDATE visits SET ma_giao_dich = ? WHERE id = ?').run(receipt.maGiaoDich, row.id);
    // Corrected while this XML0 was on its way: BHXH holds the old data, send the corrected one again
    // under the same MA_LK (the correction could not reset an item in flight).
    if (currentXml0(ctx, row.id) !== xml) return true;
    markDone(ctx.db, item.id, at);
    stmt(
      ctx.db,
      `UPDATE visits SET status = 'synced', problem_code = NULL, problem_message = NULL,
           problem_message_en = NULL WHERE id = ?`,
    ).run(row.id);
    return false;
  })();
  if (outdated) return { ...changedMeanwhile(), resend };
  return { ok: true, sent: true, resend };
}

function cardRequestChanged(ctx: StepContext, visitId: string, asked: CardCheckRequest): boolean {
  const now = getVisitRow(ctx.db, visitId);
  return !now || JSON.stringify(cardRequestFor(identityOf(now))) !== JSON.stringify(asked);
}

function currentXml0(ctx: StepContext, visitId: string): string | null {
  const now = getVisitRow(ctx.db, visitId);
  try {
    return now ? buildXml0([xml0RecordOf(now)]) : null;
  } catch {
    return null;
  }
}

const changedMeanwhile = (): StepOutcome => ({
  ok: false,
  failure: { retryable: true, error: coded('VISIT_CHANGED_MEANWHILE', syncText.changedMeanwhile) },
});

export const unexpectedFailure = (err: unknown): Failure => ({
  retryable: true,
  error: {
    code: 'SYNC_ERROR',
    message: `${syncText.unexpected.vi}: ${(err as Error)?.message ?? String(err)}`,
    messageEn: `${syncText.unexpected.en}: ${(err as Error)?.message ?? String(err)}`,
  },
});
