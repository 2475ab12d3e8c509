// Child of the crash test: registers visits and syncs them in a loop until it is SIGKILLed. Prints
// `V <id> <maLk>` after each check-in COMMIT, so the parent knows which visits the desk was told exist.
// Run as `node --import tsx crash-child.ts` with KCB_DB and KCB_GATEWAY_URL set.
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { openDatabase } from '../../electron/services/store/database';
import { gatewayPool } from '../../electron/services/sync/gateway-pool';
import { SyncWorker } from '../../electron/services/sync/sync-worker';
import { registerVisit } from '../../electron/services/visits/check-in';
import { demoCheckIn } from './demo-visit';

const file = process.env.KCB_DB!;
const db = openDatabase(file);
const worker = new SyncWorker({
  db,
  gatewayFor: gatewayPool({
    baseUrl: process.env.KCB_GATEWAY_URL!,
    username: trainingAccount.username,
    password: trainingAccount.password,
    officerName: trainingAccount.officerName,
    officerCccd: trainingAccount.officerCccd,
    checkTimeoutMs: 2_000,
    submitTimeoutMs: 2_000,
  }),
  backoff: { baseMs: 10, capMs: 100 },
});

let n = 0;
for (;;) {
  const batch = 1 + Math.floor(Math.random() * 3);
  for (let i = 0; i < batch; i++) {
    // Alternate desk-verified and offline visits so both outbox paths are interrupted.
    const v = registerVisit(db, demoCheckIn(db, { cardStatus: n++ % 2 ? 'verified' : 'unverified' }));
    process.stdout.write(`V ${v.id} ${v.maLk}\n`);
  }
  await worker.runNow();
}
