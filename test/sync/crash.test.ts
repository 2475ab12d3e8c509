// Crash test (issue #4): a child process registers visits and syncs in a loop; we SIGKILL it at random
// moments, at least 50 times, restart it, and finally sync in this process. Every visit the child reported
// committed must exist exactly once, the simulator must have received every MA_LK, and nothing else:
// resends of the same MA_LK are allowed (and counted), new MA_LKs for old visits never.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayPool } from '../../electron/services/sync/gateway-pool';
import { outboxCounts } from '../../electron/services/sync/outbox';
import { SyncWorker } from '../../electron/services/sync/sync-worker';
import type { SyncBed } from './sync-fixtures';
import { accountFor, syncBed } from './sync-fixtures';

const childPath = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const KILLS = 55;

let bed: SyncBed | null = null;
afterEach(async () => {
  await bed?.close();
  bed = null;
});

/** Starts the child, waits for its first committed visit, lets it run a random while, then SIGKILLs it. */
function runAndKill(file: string, url: string, reported: Map<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childPath], {
      env: { ...process.env, KCB_DB: file, KCB_GATEWAY_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [tag, id, maLk] = line.split(' ');
        if (tag === 'V' && id && maLk) reported.set(id, maLk);
      }
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 250);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited on its own (${code}): ${stderr.slice(-2000)}`));
    });
  });
}

describe('crash test', () => {
  it(`loses no visit and sends no new MA_LK across ${KILLS} SIGKILLs`, async () => {
    bed = await syncBed({ latencyMs: 3, dropAfterProcessRate: 0.05 });
    const reported = new Map<string, string>();
    const inFlightNow = bed.db.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'IN_FLIGHT'");
    let killedMidCall = 0;
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(bed.file, bed.sim.url, reported);
      // An item left IN_FLIGHT means this kill landed while a gateway call was out.
      if ((inFlightNow.get() as { n: number }).n > 0) killedMidCall++;
    }
    // The kills must hit the sync mid-call, not only the quiet moments between runs.
    expect(killedMidCall).toBeGreaterThanOrEqual(KILLS / 5);

    const worker = new SyncWorker({
      db: bed.db,
      gatewayFor: gatewayPool(accountFor(bed.sim)),
      backoff: { baseMs: 10, capMs: 100 },
    });
    for (let i = 0; i < 20 && outboxCounts(bed.db).pending + outboxCounts(bed.db).inFlight > 0; i++) {
      await worker.runNow({ waitMs: 500 });
    }

    const visits = bed.db.prepare('SELECT id, ma_lk, day, queue_seq, status FROM visits').all() as {
      id: string;
      ma_lk: string;
      day: string;
      queue_seq: number;
      status: string;
    }[];
    const byId = new Map(visits.map((v) => [v.id, v]));
    expect(reported.size).toBeGreaterThanOrEqual(KILLS);
    // Nothing appears that the desk was not told about, beyond at most one commit per kill whose
    // `V` line the kill cut off.
    expect(visits.length).toBeGreaterThanOrEqual(reported.size);
    expect(visits.length - reported.size).toBeLessThanOrEqual(KILLS);
    // Every visit the child reported as committed exists, with the MA_LK it was given at check-in.
    for (const [id, maLk] of reported) expect(byId.get(id)?.ma_lk).toBe(maLk);
    expect(new Set(visits.map((v) => v.ma_lk)).size).toBe(visits.length);
    expect(outboxCounts(bed.db)).toMatchObject({ pending: 0, inFlight: 0, failed: 0 });
    expect(visits.every((v) => v.status === 'synced')).toBe(true);

    // The gateway got every MA_LK and no other (a resend of the same MA_LK is fine).
    const received = bed.sim.checkInsReceived();
    expect(new Set(received.keys())).toEqual(new Set(visits.map((v) => v.ma_lk)));
    const sends = new Map(
      (
        bed.db
          .prepare(
            "SELECT v.ma_lk, o.sends FROM outbox o JOIN visits v ON v.id = o.visit_id WHERE o.kind = 'submit'",
          )
          .all() as {
          ma_lk: string;
          sends: number;
        }[]
      ).map((r) => [r.ma_lk, r.sends]),
    );
    for (const [maLk, times] of received) expect(sends.get(maLk)!).toBeGreaterThanOrEqual(times);
    // Drops after processing and kills mid-submission did make the gateway see some MA_LK twice.
    expect([...received.values()].some((n) => n > 1)).toBe(true);

    // Queue numbers: the counter commits with the visit, so they run 1..n without a gap or a repeat.
    const seqs = visits.map((v) => v.queue_seq).sort((a, b) => a - b);
    if (new Set(visits.map((v) => v.day)).size === 1) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    console.log(
      `crash test: ${KILLS} kills (${killedMidCall} mid-call), ${visits.length} visits (${reported.size} reported), ` +
        `${[...received.values()].reduce((s, n) => s + n, 0)} submissions received`,
    );
  }, 120_000);
});
