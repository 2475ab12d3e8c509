// Typed status events the sync worker publishes; the main process forwards them to the UI unchanged.
import type { CodedMessage } from '../message';
import type { OutboxKind, OutboxStatus } from './visit-states';

export interface SyncCounts {
  pending: number;
  inFlight: number;
  failed: number;
  done: number;
}

export interface SyncRunResult {
  /** XML0 submissions accepted during this run. */
  sent: number;
  /** Items that became FAILED (need staff) during this run. */
  failed: number;
  /**
   * Items still PENDING or IN_FLIGHT after the run (waiting for their back-off); a submission held behind
   * a FAILED card re-check is not counted: it waits for staff, like the FAILED item itself.
   */
  pending: number;
  /** Submissions of an MA_LK that had already been put on the wire before (at-least-once). */
  resends: number;
}

export type SyncEvent =
  | { type: 'run-started'; at: number }
  | {
      type: 'item-changed';
      itemId: number;
      visitId: string;
      kind: OutboxKind;
      status: OutboxStatus;
      attempts: number;
      nextAttemptAt: number | null;
      error: CodedMessage | null;
    }
  | { type: 'run-finished'; at: number; result: SyncRunResult; counts: SyncCounts }
  | { type: 'run-skipped'; at: number; reason: 'busy' }
  | { type: 'gateway-reachable'; at: number; reachable: boolean };

export type SyncListener = (event: SyncEvent) => void;
