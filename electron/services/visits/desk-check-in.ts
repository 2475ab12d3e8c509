// The desk's check-in flow: check the card online when the gateway answers, register the visit either
// way (reception must not wait on BHXH, bhxh-gateway.md §4), refuse only when BHXH says the card cannot
// be used as entered. Every gateway answer is stored, the refused ones too.
import type { Database } from 'better-sqlite3';
import type { CardCheckResult } from '../../../shared/gateway/card-check-result';
import type { CodedMessage } from '../../../shared/message';
import type { Visit } from '../../../shared/visits/visit';
import { visitErrorText } from '../../../shared/visits/visit-messages';
import { classifyFailure } from '../sync/failure-policy';
import type { SyncGateway } from '../sync/gateway-port';
import { audit, maskId } from './audit-log';
import { recordCardCheck } from './card-checks';
import { cardRequestFor, cardStatusFor, withCheckedCard } from './card-snapshot';
import type { CheckInDeps, CheckInInput } from './check-in';
import { registerVisit } from './check-in';

export type DeskCheckInRequest = Omit<CheckInInput, 'cardStatus' | 'deskAnswer'>;

export type DeskCheckInOutcome =
  | {
      ok: true;
      visit: Visit;
      cardCheck: CardCheckResult | null;
      /** Why the card stays "not verified yet" (gateway unreachable, retry-later, configuration). */
      unverifiedReason: CodedMessage | null;
    }
  | { ok: false; error: CodedMessage; cardCheck: CardCheckResult | null };

export async function checkInAtDesk(
  db: Database,
  req: DeskCheckInRequest,
  gateway: Pick<SyncGateway, 'checkCard'> | null,
  deps: CheckInDeps & { signal?: AbortSignal } = {},
): Promise<DeskCheckInOutcome> {
  const now = deps.now ?? Date.now;
  const request = cardRequestFor(req.patient);
  if (!gateway || !request) {
    const visit = registerVisit(db, { ...req, cardStatus: 'unverified', deskAnswer: null }, deps);
    return { ok: true, visit, cardCheck: null, unverifiedReason: null };
  }
  let result: CardCheckResult;
  try {
    result = await gateway.checkCard(request, deps.signal ? { signal: deps.signal } : {});
  } catch (err) {
    // Gateway unreachable, timed out, or refusing our login: register now, the sync re-checks later.
    const visit = registerVisit(db, { ...req, cardStatus: 'unverified', deskAnswer: null }, deps);
    return { ok: true, visit, cardCheck: null, unverifiedReason: classifyFailure(err).error };
  }
  if (result.severity === 'blocked') {
    const at = now();
    db.transaction(() => {
      recordCardCheck(db, {
        visitId: null,
        at,
        source: 'desk',
        officerName: req.officer.name,
        answer: result,
      });
      audit(db, {
        at,
        actor: req.officer.name,
        action: 'card-refused',
        visitId: null,
        details: { code: result.code, card: maskId(request.maThe) },
      });
    })();
    return {
      ok: false,
      cardCheck: result,
      error: {
        code: `CARD_${result.code}`,
        message: `${visitErrorText.cardRejected.vi}: ${result.message}. ${result.action.vi}`,
        messageEn: `${visitErrorText.cardRejected.en}: ${result.messageEn}. ${result.action.en}`,
      },
    };
  }
  const cardStatus = cardStatusFor(result);
  const patient = cardStatus === 'unverified' ? req.patient : withCheckedCard(req.patient, result);
  const visit = registerVisit(db, { ...req, patient, cardStatus, deskAnswer: result }, deps);
  return {
    ok: true,
    visit,
    cardCheck: result,
    unverifiedReason:
      cardStatus === 'unverified'
        ? { code: result.code, message: result.message, messageEn: result.messageEn }
        : null,
  };
}
