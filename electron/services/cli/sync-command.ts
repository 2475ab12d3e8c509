// `kcb-checkin sync --db FILE [gateway flags] [--concurrency N] [--wait S]`: drains the outbox until it is
// empty or only items waiting for their back-off remain (or, with --wait, those falling due within S
// seconds), then prints {"sent","failed","pending","resends"}.

import { trainingModeLabel } from '../../../shared/gateway/result-codes';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';
import { visitErrorText } from '../../../shared/visits/visit-messages';
import { openDatabase } from '../store/database';
import { gatewayPool } from '../sync/gateway-pool';
import { SyncWorker } from '../sync/sync-worker';
import type { CliCommand, CliIo } from './cli-io';
import { parseCommandArgs, printJson, refuseOption } from './cli-io';
import { gatewayOptions, gatewayOptionsHelp, openGateway } from './gateway-options';
import { requireDb, storeFailure } from './store-cli';

export const help = `Usage: kcb-checkin sync --db FILE [options]
Sends what the desk registered: card re-checks of visits registered offline, then XML0 check-ins.
  --db FILE          the visit database
  --concurrency N    calls in flight at once (default 4)
  --wait S           also wait for retries falling due within S seconds (default 0)
${gatewayOptionsHelp}`;

function refuse(io: CliIo, error: CodedMessage): number {
  printJson(io, { ok: false, error });
  return 1;
}

function positiveInt(text: string | undefined, fallback: number, allowZero = false): number | null {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && (n > 0 || (allowZero && n === 0)) ? n : null;
}

export const run: CliCommand = async (argv, io) => {
  const parsed = parseCommandArgs(io, argv, {
    options: {
      ...gatewayOptions,
      db: { type: 'string' },
      concurrency: { type: 'string' },
      wait: { type: 'string' },
    },
  });
  if (!parsed) return 1;
  const { values } = parsed;
  const file = requireDb(io, values.db, true);
  if (!file) return 1;
  const concurrency = positiveInt(values.concurrency, 4);
  const waitS = positiveInt(values.wait, 0, true);
  if (concurrency === null || waitS === null) {
    return refuseOption(io, '--concurrency N (N ≥ 1), --wait S (S ≥ 0)');
  }
  let db;
  try {
    db = openDatabase(file);
  } catch (err) {
    return storeFailure(io, err);
  }
  // Each visit is re-checked under its own officer (gatewayPool): no officer flags needed here.
  const opened = await openGateway(values, io.env, {}, { officerOptional: true });
  if (!opened.ok) {
    db.close();
    return refuse(io, opened.error);
  }
  const { config, trainingMode, close } = opened.gateway;
  try {
    // Training mode (no gateway configured) sends only training visits, to the embedded simulator.
    const worker = new SyncWorker({
      db,
      gatewayFor: gatewayPool(config),
      concurrency,
      mode: trainingMode ? 'training' : 'live',
    });
    let busy = false;
    let lastError: CodedMessage | null = null;
    worker.subscribe((e) => {
      if (e.type === 'run-skipped') busy = true;
      if (e.type === 'item-changed' && e.status === 'PENDING' && e.error) lastError = e.error;
    });
    const result = await worker.runNow({ waitMs: waitS * 1000 });
    if (busy) return refuse(io, coded('SYNC_BUSY', visitErrorText.syncBusy));
    // Items still wait because of a failure (outage, refused password): say which on stderr, so IT does
    // not read {"sent":0,"pending":N} as "nothing to do"; stdout stays the one JSON object.
    const why = lastError as CodedMessage | null;
    if (result.pending > 0 && why) io.stderr.write(`${why.code}: ${why.message} / ${why.messageEn}\n`);
    printJson(io, { ...result, ...(trainingMode ? { trainingMode, trainingModeLabel } : {}) });
    return 0;
  } finally {
    await close();
    db.close();
  }
};
