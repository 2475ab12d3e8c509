// Fault test (issue #4): the sync against a simulator that drops connections (before and after processing
// the request), answers 500s and HTML 502 pages, expires tokens mid-run (then answers HTTP 401), and goes
// down for an outage window. The outbox must drain to zero with nothing lost, and every duplicate the
// gateway received must be a counted resend of the same MA_LK.
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayPool } from '../../electron/services/sync/gateway-pool';
import { outboxCounts } from '../../electron/services/sync/outbox';
import { SyncWorker } from '../../electron/services/sync/sync-worker';
import type { SyncBed } from './sync-fixtures';
import { accountFor, syncBed } from './sync-fixtures';

let bed: SyncBed | null = null;
afterEach(async () => {
  await bed?.close();
  bed = null;
});

describe('sync under gateway faults', () => {
  it('drains the outbox to zero with nothing lost and nothing sent under a new MA_LK', async () => {
    bed = await syncBed({
      latencyMs: 2,
      dropRate: 0.08,
      dropAfterProcessRate: 0.12,
      errorRate: 0.08,
      html5xxRate: 0.05,
    });
    const b = bed;
    const visits = Array.from({ length: 150 }, (_, i) =>
      b.register(i % 3 === 0 ? { cardStatus: 'verified' } : {}),
    );
    const itemCount = (b.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    const worker = new SyncWorker({
      db: b.db,
      gatewayFor: gatewayPool({ ...accountFor(b.sim), checkTimeoutMs: 2_000, submitTimeoutMs: 2_000 }),
      backoff: { baseMs: 20, capMs: 250 },
    });
    let done = 0;
    let outageAt = 0;
    worker.subscribe((e) => {
      if (e.type !== 'item-changed' || e.status !== 'DONE') return;
      done++;
      if (done === 60) {
        b.sim.expireTokens();
        b.sim.setFaults({ http401Mode: true });
      }
      if (done === 120) {
        outageAt = Date.now();
        b.sim.setFaults({ outageUntil: outageAt + 800 });
      }
    });

    let resends = 0;
    let sent = 0;
    const started = Date.now();
    for (;;) {
      const r = await worker.runNow({ waitMs: 1_000 });
      resends += r.resends;
      sent += r.sent;
      const c = outboxCounts(b.db);
      if (c.pending + c.inFlight === 0 || Date.now() - started > 45_000) break;
    }

    expect(outboxCounts(b.db)).toEqual({ pending: 0, inFlight: 0, failed: 0, done: itemCount });
    const injected = b.sim.stats().injected;
    for (const k of ['dropped', 'droppedAfterProcess', 'errors', 'html5xx', 'outage'] as const)
      expect(injected[k], k).toBeGreaterThan(0);
    expect(outageAt).toBeGreaterThan(0);
    // Expired tokens were answered (HTTP 401 mode) and the client logged in again.
    expect(b.sim.stats().unauthorised).toBeGreaterThan(0);

    const received = b.sim.checkInsReceived();
    expect(new Set(received.keys())).toEqual(new Set(visits.map((v) => v.maLk)));
    const rows = b.db
      .prepare(
        "SELECT v.ma_lk, v.status, v.ma_giao_dich, o.sends FROM visits v JOIN outbox o ON o.visit_id = v.id AND o.kind = 'submit'",
      )
      .all() as {
      ma_lk: string;
      status: string;
      ma_giao_dich: string | null;
      sends: number;
    }[];
    for (const r of rows) {
      expect(r.status).toBe('synced');
      expect(r.ma_giao_dich).toBeTruthy();
      // Every copy the gateway got was counted as a send before it left.
      expect(r.sends).toBeGreaterThanOrEqual(received.get(r.ma_lk)!);
    }
    const duplicates = [...received.values()].reduce((s, n) => s + n - 1, 0);
    expect(duplicates).toBeGreaterThan(0); // post-processing drops force resends
    expect(resends).toBeGreaterThanOrEqual(duplicates);
    expect(sent).toBe(visits.length);
  }, 60_000);
});
