import { afterEach, describe, expect, it } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { gatewayPool } from '../../electron/services/sync/gateway-pool';
import { outboxCounts, outboxItemsOf } from '../../electron/services/sync/outbox';
import type { GatewayForOfficer } from '../../electron/services/sync/gateway-port';
import { SyncWorker } from '../../electron/services/sync/sync-worker';
import { auditTrail } from '../../electron/services/visits/audit-log';
import { cardChecksOf } from '../../electron/services/visits/card-checks';
import { correctVisit, resubmitVisit } from '../../electron/services/visits/visit-corrections';
import { getVisit } from '../../electron/services/visits/visit-queries';
import type { SyncEvent } from '../../shared/visits/sync-events';
import type { SyncBed } from './sync-fixtures';
import { accountFor, hung, officer, outboxRows, syncBed } from './sync-fixtures';

let bed: SyncBed | null = null;
afterEach(async () => {
  await bed?.close();
  bed = null;
});

const quick = { baseMs: 10, capMs: 50 };

describe('sync worker against the simulator', () => {
  it('re-checks a card registered offline, then submits XML0 once, and publishes typed events', async () => {
    bed = await syncBed();
    // Typed as a bare number at the desk: no gender known until BHXH answers.
    const visit = bed.register({ patient: { ...hung, gender: 3 } });
    const worker = new SyncWorker({ db: bed.db, gatewayFor: gatewayPool(accountFor(bed.sim)) });
    const events: SyncEvent[] = [];
    worker.subscribe((e) => events.push(e));
    const result = await worker.runNow();
    expect(result).toEqual({ sent: 1, failed: 0, pending: 0, resends: 0 });
    const after = getVisit(bed.db, visit.id)!;
    expect(after).toMatchObject({
      status: 'synced',
      cardStatus: 'verified',
      cardVerified: true,
      problem: null,
      patient: { gender: 1, socialInsuranceNumber: '0123456789' },
    });
    expect(after.maGiaoDich).toBeTruthy();
    expect(after.maLk).toBe(visit.maLk);
    expect(cardChecksOf(bed.db, visit.id)).toEqual([
      expect.objectContaining({ source: 'sync', code: '000' }),
    ]);
    expect(bed.sim.checkInsReceived()).toEqual(new Map([[visit.maLk, 1]]));
    expect(outboxRows(bed.db, visit.id).map((r) => [r.kind, r.status])).toEqual([
      ['card-check', 'DONE'],
      ['submit', 'DONE'],
    ]);
    expect(events.map((e) => (e.type === 'item-changed' ? `${e.kind}:${e.status}` : e.type))).toEqual([
      'run-started',
      'card-check:IN_FLIGHT',
      'card-check:DONE',
      'submit:IN_FLIGHT',
      'submit:DONE',
      'run-finished',
    ]);
    expect(auditTrail(bed.db, visit.id).map((a) => a.action)).toEqual([
      'check-in',
      'card-rechecked',
      'submitted',
    ]);
  });

  it('switches to the new card on 003 before submitting', async () => {
    bed = await syncBed();
    const visit = bed.register({
      patient: {
        ...hung,
        fullName: 'Trương Thị Hạnh',
        dateOfBirth: '1964-07-07',
        gender: 2,
        citizenId: null,
        cardNumber: 'DN4790678901234',
      },
    });
    await new SyncWorker({ db: bed.db, gatewayFor: gatewayPool(accountFor(bed.sim)) }).runNow();
    expect(getVisit(bed.db, visit.id)).toMatchObject({
      status: 'synced',
      cardStatus: 'attention',
      patient: { cardNumber: 'HT3790678901234', registeredFacility: '79032' },
    });
  });

  it('moves a card BHXH rejects to FAILED with its message, holds the submission, and resubmits once corrected', async () => {
    bed = await syncBed();
    const visit = bed.register({ patient: { ...hung, dateOfBirth: '1985-08-16' } }); // 070: wrong DOB
    const worker = new SyncWorker({
      db: bed.db,
      gatewayFor: gatewayPool(accountFor(bed.sim)),
      backoff: quick,
    });
    // The held submission waits for staff, not for a back-off: not `pending`, and no reason to log in.
    expect(await worker.runNow()).toEqual({ sent: 0, failed: 1, pending: 0, resends: 0 });
    let probes = 0;
    const probing = new SyncWorker({
      db: bed.db,
      gatewayFor: gatewayPool(accountFor(bed.sim)),
      probe: () => Promise.resolve(++probes > 0),
    });
    expect(await probing.probeAndRun()).toBe(false);
    expect(probes).toBe(0);
    const failed = getVisit(bed.db, visit.id)!;
    expect(failed).toMatchObject({ status: 'failed', cardStatus: 'rejected', problem: { code: '070' } });
    expect(failed.problem!.message).toMatch(/ngày sinh/);
    expect(outboxRows(bed.db, visit.id).map((r) => [r.kind, r.status])).toEqual([
      ['card-check', 'FAILED'],
      ['submit', 'PENDING'],
    ]);
    expect(bed.sim.checkInsReceived().size).toBe(0);
    expect(outboxItemsOf(bed.db, visit.id)[0]).toMatchObject({
      kind: 'card-check',
      status: 'FAILED',
      attempts: 1,
      lastError: {
        code: '070',
        message: expect.stringMatching(/ngày sinh/),
        messageEn: expect.stringMatching(/birth/),
      },
    });

    // Resubmitting unchanged fails the same way; correcting the DOB succeeds under the same MA_LK.
    expect(resubmitVisit(bed.db, visit.id, officer.name).ok).toBe(true);
    expect((await worker.runNow()).failed).toBe(1);
    const corrected = correctVisit(bed.db, visit.id, { dateOfBirth: '1985-08-15' }, officer.name);
    expect(corrected.ok && corrected.visit).toMatchObject({
      status: 'pending',
      cardStatus: 'unverified',
      problem: null,
    });
    expect(await worker.runNow()).toEqual({ sent: 1, failed: 0, pending: 0, resends: 0 });
    expect(getVisit(bed.db, visit.id)).toMatchObject({
      status: 'synced',
      cardStatus: 'verified',
      maLk: visit.maLk,
    });
    expect(bed.sim.checkInsReceived()).toEqual(new Map([[visit.maLk, 1]]));
  });

  it('fails an officer unknown to BHXH (054) as configuration, never checking under another identity', async () => {
    bed = await syncBed();
    const stranger = { name: 'Người Lạ', cccd: '001099999999' };
    const visit = bed.register({ officer: stranger });
    const asked: string[] = [];
    const pool = gatewayPool(accountFor(bed.sim));
    const gatewayFor: GatewayForOfficer = (o) => {
      asked.push(o.cccd);
      return pool(o);
    };
    expect((await new SyncWorker({ db: bed.db, gatewayFor }).runNow()).failed).toBe(1);
    expect(asked).toEqual([stranger.cccd]);
    expect(getVisit(bed.db, visit.id)!.problem).toMatchObject({ code: '054' });
  });

  it('fails our own invalid XML0 without sending it', async () => {
    bed = await syncBed();
    const visit = bed.register({ cardStatus: 'verified', facilityCode: 'BAD' });
    expect(
      (await new SyncWorker({ db: bed.db, gatewayFor: gatewayPool(accountFor(bed.sim)) }).runNow()).failed,
    ).toBe(1);
    expect(getVisit(bed.db, visit.id)!.problem).toMatchObject({ code: 'XML0_INVALID' });
    expect(getVisit(bed.db, visit.id)!.problem!.messageEn).toMatch(/MA_CSKCB/);
    expect(outboxRows(bed.db, visit.id)).toEqual([
      expect.objectContaining({ kind: 'submit', status: 'FAILED', sends: 0 }),
    ]);
    expect(bed.sim.stats().requests.submit).toBe(0);
  });

  it('backs off during an outage and drains as soon as a probe succeeds', async () => {
    bed = await syncBed({ outageUntil: Date.now() + 60_000 });
    const visits = [bed.register(), bed.register({ cardStatus: 'verified' })];
    const account = accountFor(bed.sim);
    const worker = new SyncWorker({
      db: bed.db,
      gatewayFor: gatewayPool({ ...account, checkTimeoutMs: 500, submitTimeoutMs: 500 }),
      probe: () => new GatewayClient(account).probe(),
    });
    const first = await worker.runNow();
    expect(first).toEqual({ sent: 0, failed: 0, pending: 3, resends: 0 });
    const waiting = bed.db
      .prepare("SELECT min(next_attempt_at) AS at FROM outbox WHERE status = 'PENDING'")
      .get() as { at: number };
    expect(waiting.at).toBeGreaterThanOrEqual(Date.now() - 2_100); // full jitter: 0…2 s after the failure
    expect(await worker.probeAndRun()).toBe(false);

    bed.sim.setFaults({ outageUntil: 0 });
    const finished = new Promise<void>((resolve) =>
      worker.subscribe((e) => {
        if (e.type === 'run-finished' && e.counts.pending === 0) resolve();
      }),
    );
    expect(await worker.probeAndRun()).toBe(true);
    await finished;
    for (const v of visits) expect(getVisit(bed.db, v.id)!.status).toBe('synced');
    expect(bed.sim.checkInsReceived().size).toBe(2);
  });

  it('ends a run after a streak of failures instead of walking the whole backlog into a dead gateway', async () => {
    bed = await syncBed({ outageUntil: Date.now() + 60_000 });
    for (let i = 0; i < 40; i++) bed.register({ cardStatus: 'verified' });
    const account = { ...accountFor(bed.sim), checkTimeoutMs: 500, submitTimeoutMs: 500 };
    const worker = new SyncWorker({
      db: bed.db,
      gatewayFor: gatewayPool(account),
      probe: () => new GatewayClient(account).probe(),
    });
    const down: SyncEvent[] = [];
    worker.subscribe((e) => e.type === 'gateway-reachable' && down.push(e));
    expect(await worker.runNow()).toEqual({ sent: 0, failed: 0, pending: 40, resends: 0 });
    const tried = bed.db.prepare('SELECT count(*) AS n FROM outbox WHERE attempts > 0').get() as {
      n: number;
    };
    // 8 in a row (2 × concurrency 4) trip it; at most the 3 other lanes' calls were still out.
    expect(tried.n).toBeGreaterThanOrEqual(8);
    expect(tried.n).toBeLessThanOrEqual(11);
    expect(down).toEqual([expect.objectContaining({ reachable: false })]);

    // The gateway is back: a successful probe drains everything, untried items included.
    bed.sim.setFaults({ outageUntil: 0 });
    const finished = new Promise<void>((resolve) =>
      worker.subscribe((e) => e.type === 'run-finished' && e.counts.pending === 0 && resolve()),
    );
    expect(await worker.probeAndRun()).toBe(true);
    await finished;
    expect(bed.sim.checkInsReceived().size).toBe(40);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    bed = await syncBed({ latencyMs: 40 });
    for (let i = 0; i < 12; i++) bed.register({ cardStatus: 'verified' });
    const pool = gatewayPool(accountFor(bed.sim));
    let inFlight = 0;
    let peak = 0;
    const gatewayFor: GatewayForOfficer = (o) => {
      const client = pool(o);
      return {
        checkCard: (req, opts) => client.checkCard(req, opts),
        submitCheckIn: async (xml, opts) => {
          peak = Math.max(peak, ++inFlight);
          try {
            return await client.submitCheckIn(xml, opts);
          } finally {
            inFlight--;
          }
        },
      };
    };
    const result = await new SyncWorker({ db: bed.db, gatewayFor, concurrency: 3 }).runNow();
    expect(result.sent).toBe(12);
    expect(peak).toBe(3);
  });

  it('runs one runner at a time, also across two connections to the file', async () => {
    bed = await syncBed({ latencyMs: 30 });
    for (let i = 0; i < 6; i++) bed.register({ cardStatus: 'verified' });
    const { openDatabase } = await import('../../electron/services/store/database');
    const other = openDatabase(bed.file);
    const a = new SyncWorker({ db: bed.db, gatewayFor: gatewayPool(accountFor(bed.sim)) });
    const b = new SyncWorker({ db: other, gatewayFor: gatewayPool(accountFor(bed.sim)) });
    const skipped: SyncEvent[] = [];
    b.subscribe((e) => e.type === 'run-skipped' && skipped.push(e));
    const [ra, rb] = await Promise.all([a.runNow(), b.runNow()]);
    other.close();
    expect(ra.sent + rb.sent).toBe(6);
    expect(skipped).toHaveLength(1);
    expect([...bed.sim.checkInsReceived().values()]).toEqual([1, 1, 1, 1, 1, 1]);
    // In one process, a trigger during a run is folded into the run, not a second runner.
    const c = new SyncWorker({ db: bed.db, gatewayFor: gatewayPool(accountFor(bed.sim)) });
    bed.register({ cardStatus: 'verified' });
    const [r1, r2] = await Promise.all([c.runNow(), c.runNow()]);
    expect(r1.sent + (r2 === r1 ? 0 : r2.sent)).toBe(1);
  });

  it('runs at start and again on its timer', async () => {
    bed = await syncBed();
    const b = bed;
    const first = b.register({ cardStatus: 'verified' });
    const worker = new SyncWorker({ db: b.db, gatewayFor: gatewayPool(accountFor(b.sim)), intervalMs: 100 });
    const runs: number[] = [];
    let firstRunDone!: () => void;
    const firstRun = new Promise<void>((r) => (firstRunDone = r));
    worker.subscribe((e) => {
      if (e.type !== 'run-finished') return;
      runs.push(e.result.sent);
      firstRunDone();
    });
    worker.start();
    await firstRun;
    expect(getVisit(b.db, first.id)!.status).toBe('synced');
    const later = b.register({ cardStatus: 'verified' });
    await expect.poll(() => getVisit(b.db, later.id)!.status, { timeout: 5_000 }).toBe('synced');
    await worker.stop();
    expect(runs.filter((n) => n > 0)).toEqual([1, 1]);
  });

  it('never sends a training visit to the gateway, nor a real one to the training simulator', async () => {
    bed = await syncBed();
    const real = bed.register({ cardStatus: 'verified' });
    const training = bed.register({ cardStatus: 'verified', training: true });
    expect(training.training).toBe(true);
    const pool = gatewayPool(accountFor(bed.sim));
    expect(await new SyncWorker({ db: bed.db, gatewayFor: pool }).runNow()).toMatchObject({
      sent: 1,
      pending: 0,
    });
    expect([...bed.sim.checkInsReceived().keys()]).toEqual([real.maLk]);
    expect(getVisit(bed.db, training.id)!.status).toBe('pending');
    expect(await new SyncWorker({ db: bed.db, gatewayFor: pool, mode: 'training' }).runNow()).toMatchObject({
      sent: 1,
    });
    expect(getVisit(bed.db, training.id)!.status).toBe('synced');
    // Each runner's counts are its own visits' items.
    bed.register({ training: true });
    expect(outboxCounts(bed.db, 'live')).toEqual({ pending: 0, inFlight: 0, failed: 0, done: 1 });
    expect(outboxCounts(bed.db, 'training')).toEqual({ pending: 2, inFlight: 0, failed: 0, done: 1 });
    expect(outboxCounts(bed.db)).toEqual({ pending: 2, inFlight: 0, failed: 0, done: 2 });
  });

  it('stop() cuts the call in flight; the item waits as PENDING and later goes out under the same MA_LK', async () => {
    bed = await syncBed({ latencyMs: 4_000 });
    const visit = bed.register({ cardStatus: 'verified' });
    const slow = { ...accountFor(bed.sim), checkTimeoutMs: 10_000, submitTimeoutMs: 10_000 };
    const worker = new SyncWorker({ db: bed.db, gatewayFor: gatewayPool(slow), backoff: quick });
    const sending = new Promise<void>((resolve) =>
      worker.subscribe((e) => e.type === 'item-changed' && e.status === 'IN_FLIGHT' && resolve()),
    );
    const run = worker.runNow();
    await sending;
    await worker.stop(); // the app quits: it must not wait out the gateway
    expect(await run).toMatchObject({ sent: 0, failed: 0, pending: 1 });
    expect(outboxItemsOf(bed.db, visit.id)).toEqual([
      expect.objectContaining({
        kind: 'submit',
        status: 'PENDING',
        attempts: 1,
        sends: 1,
        lastError: expect.objectContaining({ code: expect.stringMatching(/ABORTED/) }),
      }),
    ]);

    bed.sim.setFaults({ latencyMs: 0 });
    const again = new SyncWorker({ db: bed.db, gatewayFor: gatewayPool(accountFor(bed.sim)) });
    expect(await again.runNow({ waitMs: 1_000 })).toMatchObject({ sent: 1, pending: 0, resends: 1 });
    expect([...bed.sim.checkInsReceived().keys()]).toEqual([visit.maLk]);
    expect(getVisit(bed.db, visit.id)).toMatchObject({ status: 'synced', maLk: visit.maLk });
  });

  // A correction cannot reset an item that is in flight; the answer that comes back is about the old data.
  const correctWhileInFlight = (worker: SyncWorker, kind: string, fix: () => void) =>
    worker.subscribe((e) => {
      if (e.type === 'item-changed' && e.kind === kind && e.status === 'IN_FLIGHT' && e.attempts === 0)
        setTimeout(fix, 100); // the request is out by then (300 ms latency)
    });

  it('a card answer about data staff corrected meanwhile is kept but not applied; the check is asked again', async () => {
    bed = await syncBed({ latencyMs: 300 });
    const b = bed;
    const visit = b.register({ patient: { ...hung, dateOfBirth: '1985-08-16' } }); // 070: wrong DOB
    const worker = new SyncWorker({ db: b.db, gatewayFor: gatewayPool(accountFor(b.sim)), backoff: quick });
    correctWhileInFlight(worker, 'card-check', () =>
      correctVisit(b.db, visit.id, { dateOfBirth: '1985-08-15' }, officer.name),
    );
    const r = await worker.runNow({ waitMs: 2_000 });
    expect(r).toMatchObject({ sent: 1, failed: 0, pending: 0 });
    expect(cardChecksOf(b.db, visit.id).map((c) => c.code)).toEqual(['070', '000']);
    expect(getVisit(b.db, visit.id)).toMatchObject({
      status: 'synced',
      cardStatus: 'verified',
      problem: null,
    });
  });

  it('an XML0 corrected while on its way is sent again, corrected, under the same MA_LK', async () => {
    bed = await syncBed({ latencyMs: 300 });
    const b = bed;
    const visit = b.register({ cardStatus: 'verified', patient: { ...hung, gender: 2 } }); // typo: Nữ
    const worker = new SyncWorker({ db: b.db, gatewayFor: gatewayPool(accountFor(b.sim)), backoff: quick });
    correctWhileInFlight(worker, 'submit', () => correctVisit(b.db, visit.id, { gender: 1 }, officer.name));
    await worker.runNow({ waitMs: 3_000 });
    expect(b.sim.checkInsReceived()).toEqual(new Map([[visit.maLk, 2]]));
    expect(outboxItemsOf(b.db, visit.id).map((i) => [i.kind, i.status, i.sends])).toEqual([
      ['submit', 'DONE', 2],
      ['card-check', 'DONE', 0],
    ]);
    expect(getVisit(b.db, visit.id)).toMatchObject({ status: 'synced', patient: { gender: 1 } });
  });
});
