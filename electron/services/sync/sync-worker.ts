// Drains the outbox in the background (offline-queue.md): card re-checks for visits registered offline,
// then XML0 submissions; at-least-once with a stable MA_LK; retryable failures back off with full jitter,
// permanent ones become FAILED for staff. One runner at a time (in-process: one drain promise; across
// processes: the sync_runner lease). Bounded concurrency: `concurrency` lanes each take one item at a time,
// and every database touch is a short transaction, so check-ins at the desk stay instant meanwhile.
import type { Database } from 'better-sqlite3';
import type { CodedMessage } from '../../../shared/message';
import type { SyncEvent, SyncListener, SyncRunResult } from '../../../shared/visits/sync-events';
import type { OutboxStatus } from '../../../shared/visits/visit-states';
import { audit } from '../visits/audit-log';
import type { BackoffPolicy } from './backoff';
import { defaultBackoff, fullJitterDelay } from './backoff';
import type { GatewayForOfficer } from './gateway-port';
import { OutageBreaker } from './outage-breaker';
import type { ClaimedItem, SyncMode } from './outbox';
import {
  claimNext,
  makeWaitingDue,
  markFailed,
  markRetry,
  nextDueAt,
  outboxCounts,
  recoverInFlight,
  waitingCount,
} from './outbox';
import type { RunnerIdentity } from './runner-lock';
import { acquireRunnerLock, heartbeat, releaseRunnerLock, thisRunner } from './runner-lock';
import type { StepOutcome } from './sync-steps';
import { recheckCard, submitVisit, unexpectedFailure } from './sync-steps';

export interface SyncWorkerOptions {
  db: Database;
  gatewayFor: GatewayForOfficer;
  /** A real round trip to the gateway (login); a success makes waiting items due at once. */
  probe?: () => Promise<boolean>;
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** Periodic run (ms); default 60 s. */
  intervalMs?: number;
  /** How often to probe while items wait for their back-off (ms); default 30 s. */
  probeIntervalMs?: number;
  now?: () => number;
  random?: () => number;
  runner?: RunnerIdentity;
  /** 'training' when the gateway is the embedded simulator: only training visits are sent (default 'live'). */
  mode?: SyncMode;
  /** Retryable failures in a row that end a run (outage-breaker.ts); default max(5, 2 × concurrency). */
  outageAfter?: number;
}

export interface RunOptions {
  /** Keep going while a waiting item becomes due within this many ms (CLI `--wait`); default 0. */
  waitMs?: number;
}

interface RunState {
  result: SyncRunResult;
  breaker: OutageBreaker;
  /** Aborted by stop(). */
  signal: AbortSignal;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class SyncWorker {
  private readonly db: Database;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly concurrency: number;
  private readonly backoff: BackoffPolicy;
  private readonly runner: RunnerIdentity;
  private readonly mode: SyncMode;
  private readonly listeners = new Set<SyncListener>();
  private running: Promise<SyncRunResult> | null = null;
  private rerun: RunOptions | null = null;
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;
  /** Aborts the gateway calls of the current run when the app quits. */
  private inFlight: AbortController | null = null;

  constructor(private readonly options: SyncWorkerOptions) {
    this.db = options.db;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.backoff = options.backoff ?? defaultBackoff;
    this.runner = options.runner ?? thisRunner();
    this.mode = options.mode ?? 'live';
  }

  subscribe(listener: SyncListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Triggers: now (start), on a timer, and after a successful probe while items wait. */
  start(): void {
    this.stopped = false;
    this.runInBackground();
    const every = (ms: number, fn: () => void) => {
      const t = setInterval(fn, ms);
      t.unref();
      this.timers.push(t);
    };
    every(this.options.intervalMs ?? 60_000, () => this.runInBackground());
    if (this.options.probe)
      every(this.options.probeIntervalMs ?? 30_000, () => void this.probeAndRun().catch(() => undefined));
  }

  /**
   * Stops the triggers and cuts the calls in flight, so quitting the app does not wait out a 30 s
   * submission timeout. A cut call goes back to PENDING and is resent later under the same MA_LK
   * (at-least-once; its send was already counted).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    this.timers = [];
    this.inFlight?.abort();
    await this.running?.catch(() => undefined);
  }

  /** On demand. While a run is going, the request is folded into one follow-up run. */
  runNow(options: RunOptions = {}): Promise<SyncRunResult> {
    if (this.running) {
      this.rerun = options;
      return this.running.then(() => this.running ?? this.runNow(options));
    }
    const run = this.drain(options).finally(() => {
      this.running = null;
      const again = this.rerun;
      this.rerun = null;
      if (again && !this.stopped) this.runInBackground(again);
    });
    this.running = run;
    return run;
  }

  async probeAndRun(): Promise<boolean> {
    // Only items the sync can still send justify a login to BHXH; held ones wait for staff.
    if (waitingCount(this.db, this.mode) === 0 || !this.options.probe) return false;
    const reachable = await this.options.probe().catch(() => false);
    this.emit({ type: 'gateway-reachable', at: this.now(), reachable });
    if (reachable) {
      makeWaitingDue(this.db, this.now());
      this.runInBackground();
    }
    return reachable;
  }

  /**
   * Timer/probe/start runs: a failure of the database itself (disk full, locked for > busy_timeout) must
   * not crash the app; the items stay where they were and the next trigger tries again.
   */
  private runInBackground(options: RunOptions = {}): void {
    this.runNow(options).catch(() => undefined);
  }

  private emit(event: SyncEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // A broken listener (a closed window) must not stop the sync.
      }
    }
  }

  private async drain(options: RunOptions): Promise<SyncRunResult> {
    const result: SyncRunResult = { sent: 0, failed: 0, pending: 0, resends: 0 };
    if (!acquireRunnerLock(this.db, this.runner, this.now())) {
      this.emit({ type: 'run-skipped', at: this.now(), reason: 'busy' });
      return { ...result, pending: waitingCount(this.db, this.mode) };
    }
    this.emit({ type: 'run-started', at: this.now() });
    // We hold the lease, so any IN_FLIGHT item belongs to a runner that died mid-call.
    recoverInFlight(this.db, this.now());
    const beat = setInterval(() => {
      try {
        heartbeat(this.db, this.runner, this.now());
      } catch {
        // Busy for a moment: the lease is stale only after minutes, the next beat will do.
      }
    }, 10_000);
    beat.unref();
    const deadline = this.now() + (options.waitMs ?? 0);
    const calls = new AbortController();
    this.inFlight = calls;
    const breaker = new OutageBreaker(this.options.outageAfter ?? Math.max(5, 2 * this.concurrency));
    try {
      await Promise.all(
        Array.from({ length: this.concurrency }, () =>
          this.lane({ result, breaker, signal: calls.signal }, deadline),
        ),
      );
    } finally {
      this.inFlight = null;
      clearInterval(beat);
      releaseRunnerLock(this.db, this.runner);
    }
    const counts = outboxCounts(this.db, this.mode);
    result.pending = waitingCount(this.db, this.mode);
    this.emit({ type: 'run-finished', at: this.now(), result, counts });
    return result;
  }

  private async lane(run: RunState, deadline: number): Promise<void> {
    while (!this.stopped && !run.breaker.tripped) {
      const item = claimNext(this.db, this.runner.owner, this.now(), this.mode);
      if (!item) {
        const due = nextDueAt(this.db, this.mode);
        if (due === null || due > deadline || this.now() > deadline) return;
        await sleep(Math.min(Math.max(due - this.now(), 5), 1_000));
        continue;
      }
      this.changed(item, 'IN_FLIGHT', null, null);
      let outcome: StepOutcome;
      try {
        const ctx = { db: this.db, gatewayFor: this.options.gatewayFor, now: this.now, signal: run.signal };
        outcome = item.kind === 'card-check' ? await recheckCard(ctx, item) : await submitVisit(ctx, item);
      } catch (err) {
        outcome = { ok: false, failure: unexpectedFailure(err) };
      }
      this.settle(item, outcome, run.result);
      if (run.breaker.record(!outcome.ok && outcome.failure.retryable)) {
        this.emit({ type: 'gateway-reachable', at: this.now(), reachable: false });
      }
    }
  }

  private settle(item: ClaimedItem, outcome: StepOutcome, result: SyncRunResult): void {
    const at = this.now();
    if (outcome.ok) {
      if (outcome.sent) result.sent++;
      if (outcome.resend) result.resends++;
      this.changed(item, 'DONE', null, null);
      return;
    }
    if (outcome.resend) result.resends++;
    const { retryable, error } = outcome.failure;
    if (retryable) {
      const next = at + fullJitterDelay(item.attempts + 1, this.backoff, this.random);
      const attempts = markRetry(this.db, item.id, at, next, error);
      this.changed({ ...item, attempts }, 'PENDING', next, error);
      return;
    }
    this.db.transaction(() => {
      markFailed(this.db, item.id, item.visitId, at, error);
      audit(this.db, {
        at,
        actor: 'sync',
        action: 'item-failed',
        visitId: item.visitId,
        details: { kind: item.kind, code: error.code },
      });
    })();
    result.failed++;
    this.changed({ ...item, attempts: item.attempts + 1 }, 'FAILED', null, error);
  }

  private changed(
    item: ClaimedItem,
    status: OutboxStatus,
    nextAttemptAt: number | null,
    error: CodedMessage | null,
  ) {
    this.emit({
      type: 'item-changed',
      itemId: item.id,
      visitId: item.visitId,
      kind: item.kind,
      status,
      attempts: item.attempts,
      nextAttemptAt,
      error,
    });
  }
}
