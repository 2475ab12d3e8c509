// `kcb-checkin simulator [--port N] [--seed FILE] [fault flags]`: the BHXH gateway simulator on
// 127.0.0.1, for training (chế độ đào tạo), for hospital IT trying the CLI, and for tests that need it in
// another process. Prints one JSON line with its URL, then serves until SIGINT/SIGTERM.

import { trainingModeLabel } from '../../../shared/gateway/result-codes';
import type { Endpoint, Faults } from '../simulator/faults';
import { trainingAccount } from '../simulator/seed-cards';
import { startSimulator } from '../simulator/simulator';
import type { CliCommand } from './cli-io';
import { badOption, parseCommandArgs, printJson } from './cli-io';

export const help = `Usage: kcb-checkin simulator [--port N] [--host H] [--seed FILE] [faults]
Serves the BHXH gateway simulator (token/take, KQNhanLichSuKCB2024, checkInKcbQd4750/3176) until stopped.
  --port N                     default 0 (an ephemeral port, printed)
  --seed FILE                  JSON {cards, officers, accounts} merged over the demo data
Faults (also at runtime: POST /admin/faults with the same names in camelCase; GET /admin/stats):
  --latency-ms N  --error-rate R  --html5xx-rate R  --drop-rate R  --drop-after-process-rate R
  --http401 (HTTP 401 instead of body 401)  --outage-ms N (from start)  --random-seed N
  --fault-endpoints login,check,submit
Runtime only: POST /admin/expire-tokens (forced token expiry), POST /admin/clock {"advanceMs":N}.
Demo data (public, training only): account ${trainingAccount.username} / ${trainingAccount.password}, officer
${trainingAccount.officerName} ${trainingAccount.officerCccd}; GET /admin/demo-cases lists a card, name and
date of birth for every result code.`;

export const run: CliCommand = async (argv, io) => {
  const bad = (detail: string) => {
    printJson(io, { ok: false, error: badOption(detail) });
    return 1;
  };
  const parsed = parseCommandArgs(io, argv, {
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'latency-ms': { type: 'string' },
      'error-rate': { type: 'string' },
      'html5xx-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'drop-after-process-rate': { type: 'string' },
      http401: { type: 'boolean' },
      'outage-ms': { type: 'string' },
      'random-seed': { type: 'string' },
      'fault-endpoints': { type: 'string' },
    },
  });
  if (!parsed) return 1;
  const { values } = parsed;
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const faults: Partial<Faults> = {};
  const numeric = {
    latencyMs: num(values['latency-ms']),
    errorRate: num(values['error-rate']),
    html5xxRate: num(values['html5xx-rate']),
    dropRate: num(values['drop-rate']),
    dropAfterProcessRate: num(values['drop-after-process-rate']),
  };
  for (const [k, v] of Object.entries(numeric)) if (v !== undefined) faults[k as 'latencyMs'] = v;
  if (values.http401) faults.http401Mode = true;
  if (values['outage-ms'] !== undefined) faults.outageUntil = Date.now() + Number(values['outage-ms']);
  if (values['fault-endpoints']) faults.endpoints = values['fault-endpoints'].split(',') as Endpoint[];
  const port = num(values.port) ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) return bad('--port 0..65535');
  const randomSeed = num(values['random-seed']) ?? 1;
  if (!Number.isInteger(randomSeed)) return bad('--random-seed must be an integer');

  let sim;
  try {
    sim = await startSimulator({
      port,
      ...(values.host ? { host: values.host } : {}),
      ...(values.seed ? { seedFile: values.seed } : {}),
      faults,
      randomSeed,
    });
  } catch (e) {
    return bad((e as Error).message);
  }
  printJson(io, {
    ok: true,
    url: sim.url,
    trainingMode: true,
    trainingModeLabel,
    // Demo account of the built-in seed (public training data; its password is in seed-cards.ts).
    username: trainingAccount.username,
    officer: { name: trainingAccount.officerName, cccd: trainingAccount.officerCccd },
    admin: { stats: `${sim.url}/admin/stats`, faults: `${sim.url}/admin/faults` },
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sim.close();
  return 0;
};
