// Sync drain speed (issue #4). The simulator runs in its own process (`kcb-checkin simulator`) so its
// work does not share our event loop. (1) A backlog of 10,000 desk-verified visits (one XML0 submission
// each) with no injected latency, while a check-in is committed every 20 ms to show the desk stays
// responsive during the drain. (2) With 300 ms injected latency per gateway call, offline visits (card
// re-check + submission = 2 calls each), compared with the ideal calls × latency ÷ concurrency.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { openDatabase } from '../../electron/services/store/database';
import type { Database } from '../../electron/services/store/database';
import { gatewayPool } from '../../electron/services/sync/gateway-pool';
import { SyncWorker } from '../../electron/services/sync/sync-worker';
import { registerVisit } from '../../electron/services/visits/check-in';
import type { CardStatus } from '../../shared/visits/visit-states';
import { demoCheckIn } from '../sync/demo-visit';
import { report, summarize, timeUs } from './stats';

const root = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });

async function startSimulatorProcess(latencyMs: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/kcb-checkin.js'), 'simulator', '--latency-ms', String(latencyMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`simulator exited ${code}`)));
  });
  return { url, child };
}

function freshDb(name: string): Database {
  const file = join(benchDir, name);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return openDatabase(file);
}

function register(db: Database, cardStatus: CardStatus) {
  return registerVisit(db, demoCheckIn(db, { cardStatus }));
}

function worker(db: Database, url: string, concurrency: number): SyncWorker {
  return new SyncWorker({
    db,
    concurrency,
    gatewayFor: gatewayPool({
      baseUrl: url,
      username: trainingAccount.username,
      password: trainingAccount.password,
      officerName: trainingAccount.officerName,
      officerCccd: trainingAccount.officerCccd,
    }),
  });
}

// (1) 10,000 visits, no latency, concurrency 4, with check-ins at the desk meanwhile.
{
  const sim = await startSimulatorProcess(0);
  const db = freshDb('drain-10k.sqlite');
  const backlog = 10_000;
  db.transaction(() => {
    for (let i = 0; i < backlog; i++) register(db, 'verified');
  })();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const deskSamples: number[] = [];
  const desk = setInterval(() => deskSamples.push(timeUs(() => register(db, 'verified')) / 1000), 20);
  const t0 = performance.now();
  const r = await worker(db, sim.url, 4).runNow();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(desk);
  loop.disable();
  console.log(
    `drain ${backlog.toLocaleString('en')} visits, no latency, concurrency 4: ${seconds.toFixed(1)} s = ` +
      `${(r.sent / seconds).toFixed(0)} submissions/s (sent ${r.sent}, pending ${r.pending}, failed ${r.failed})`,
  );
  report('check-in commit during the drain', summarize(deskSamples), 'ms');
  console.log(
    `event-loop delay during the drain: p50 ${(loop.percentile(50) / 1e6).toFixed(1)} ms, ` +
      `p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms`,
  );
  db.close();
  sim.child.kill('SIGTERM');
}

// (2) 300 ms per gateway call: measured vs ideal calls × latency ÷ concurrency.
for (const [visits, concurrency] of [
  [120, 4],
  [480, 16],
] as const) {
  const latency = 300;
  const sim = await startSimulatorProcess(latency);
  const db = freshDb(`drain-latency-${concurrency}.sqlite`);
  db.transaction(() => {
    for (let i = 0; i < visits; i++) register(db, 'unverified');
  })();
  const t0 = performance.now();
  const r = await worker(db, sim.url, concurrency).runNow();
  const seconds = (performance.now() - t0) / 1000;
  const calls = visits * 2;
  const ideal = (calls * latency) / 1000 / concurrency;
  console.log(
    `drain ${visits} offline visits (${calls} calls + logins), ${latency} ms latency, concurrency ${concurrency}: ` +
      `${seconds.toFixed(1)} s vs ideal ${ideal.toFixed(1)} s (${((seconds / ideal) * 100).toFixed(0)}%), ` +
      `${(r.sent / seconds).toFixed(1)} visits/s (sent ${r.sent}, pending ${r.pending})`,
  );
  // A 10,000-visit backlog at 300 ms would keep the bench busy for ≥ 12 min at concurrency 4; the drain
  // rate is flat once the lanes are full, so the measured rate projects it.
  console.log(
    `  → 10,000 offline visits at this rate: ${(10_000 / (r.sent / seconds) / 60).toFixed(1)} min ` +
      `(ideal ${((20_000 * latency) / 1000 / concurrency / 60).toFixed(1)} min)`,
  );
  db.close();
  sim.child.kill('SIGTERM');
}
