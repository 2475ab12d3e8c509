// State names a reception screen shows for a visit and its outbox items. The outbox life cycle follows
// DHIS2's per-record states (to post → uploading → synced / error), see ../shared/docs/offline-queue.md:
//   PENDING ──attempt──▶ IN_FLIGHT ──200──▶ DONE
//      ▲                    ├──retryable──▶ PENDING (attempts++, next attempt after a jittered back-off)
//      └──staff resubmit────┴──permanent──▶ FAILED (the gateway's message kept for staff)
export const outboxStatuses = ['PENDING', 'IN_FLIGHT', 'DONE', 'FAILED'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** A visit registered offline first gets its card re-checked, then the XML0 check-in is submitted. */
export const outboxKinds = ['card-check', 'submit'] as const;
export type OutboxKind = (typeof outboxKinds)[number];

/**
 * What the desk knows about the card: `unverified` = registered while the gateway was unreachable
 * ("thẻ chưa được kiểm tra"); `attention` = usable but staff must look (001/002 ID papers, 003/004 new card);
 * `rejected` = the gateway refused it (expired, wrong name, …) and staff must act before billing.
 */
export const cardStatuses = ['unverified', 'verified', 'attention', 'rejected'] as const;
export type CardStatus = (typeof cardStatuses)[number];

/** Summary of a visit's sync, priority failed > pending > synced (DHIS2 summary order). */
export const visitSyncStatuses = ['pending', 'synced', 'failed'] as const;
export type VisitSyncStatus = (typeof visitSyncStatuses)[number];

export function isCardVerified(status: CardStatus): boolean {
  return status === 'verified' || status === 'attention';
}
