// `kcb-checkin checkin <scan-or-number> --db FILE [--name N] [--dob D] [--clinic CODE] [--offline]
// [--facility CODE] [gateway flags]`: registers a visit in the local store, checking the card online first
// unless --offline or the gateway is unreachable (then "card not verified yet"; the sync re-checks it).

import { trainingModeLabel } from '../../../shared/gateway/result-codes';
import type { CodedMessage } from '../../../shared/message';
import { cardStatusText } from '../../../shared/visits/visit-messages';
import { trainingAccount } from '../simulator/seed-cards';
import { openDatabase } from '../store/database';
import { checkInFromRequest } from '../visits/check-in-request';
import type { CliCommand, CliIo } from './cli-io';
import { parseCommandArgs, printJson, readAll } from './cli-io';
import type { OpenGateway } from './gateway-options';
import { gatewayOptions, gatewayOptionsHelp, gatewaySettings, openGateway } from './gateway-options';
import { requireDb, storeFailure } from './store-cli';

export const help = `Usage: kcb-checkin checkin <scan-or-number> --db FILE [options]
Registers a visit (the scan from standard input if absent) and prints it as JSON.
  --db FILE          the visit database (created on first use)
  --name N           full name, when the scan has none (or to correct it)
  --dob D            date of birth: dd/MM/yyyy, YYYY-MM-DD or yyyy
  --clinic CODE      clinic (default: the settings' default clinic, K01 out of the box)
  --offline          do not check the card now; the sync re-checks it later
  --facility CODE    5-char mã CSKCB (or KCB_FACILITY; else the stored settings)
${gatewayOptionsHelp}`;

function refuse(io: CliIo, error: CodedMessage, extra: Record<string, unknown> = {}): number {
  printJson(io, { ok: false, ...extra, error });
  return 1;
}

export const run: CliCommand = async (argv, io) => {
  const parsed = parseCommandArgs(io, argv, {
    allowPositionals: true,
    options: {
      ...gatewayOptions,
      db: { type: 'string' },
      name: { type: 'string' },
      dob: { type: 'string' },
      clinic: { type: 'string' },
      offline: { type: 'boolean', default: false },
      facility: { type: 'string' },
    },
  });
  if (!parsed) return 1;
  const { values, positionals } = parsed;
  const file = requireDb(io, values.db);
  if (!file) return 1;
  const raw = positionals.length ? positionals.join(' ') : await readAll(io.stdin);
  // Who is at the desk: the gateway settings' officer (training mode: the demo officer).
  const settings = gatewaySettings(values, io.env);
  if (!settings.ok) return refuse(io, settings.error);
  const trainingMode = settings.trainingMode;

  let db;
  try {
    db = openDatabase(file);
  } catch (err) {
    return storeFailure(io, err);
  }
  let opened: OpenGateway | null = null;
  try {
    const outcome = await checkInFromRequest(
      db,
      {
        raw,
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values.dob !== undefined ? { dob: values.dob } : {}),
        ...(values.clinic !== undefined ? { clinic: values.clinic } : {}),
        offline: values.offline,
      },
      {
        officer: { name: settings.config.officerName, cccd: settings.config.officerCccd },
        facilityOverride: values.facility ?? io.env.KCB_FACILITY ?? null,
        fallbackFacility: trainingMode ? trainingAccount.maCSKCB : null,
        training: trainingMode,
        gateway: async () => {
          const r = await openGateway(values, io.env);
          if (!r.ok) throw new Error(r.error.messageEn);
          opened = r.gateway;
          return r.gateway.client;
        },
      },
    );
    const label = trainingMode ? { trainingMode, trainingModeLabel } : { trainingMode };
    const cardCheck = outcome.cardCheck && {
      code: outcome.cardCheck.code,
      severity: outcome.cardCheck.severity,
      message: outcome.cardCheck.message,
      messageEn: outcome.cardCheck.messageEn,
      action: outcome.cardCheck.action,
      alreadyCheckedToday: outcome.cardCheck.alreadyCheckedToday,
      suggestion: outcome.cardCheck.suggestion,
    };
    if (!outcome.ok) return refuse(io, outcome.error, outcome.cardCheck ? { ...label, cardCheck } : {});
    printJson(io, {
      ok: true,
      ...outcome.visit,
      // What the desk reads next to the queue number: "Thẻ chưa được kiểm tra / Card not verified yet"
      // for a visit registered offline (offline-queue.md, "Offline card checks").
      cardStatusText: cardStatusText[outcome.visit.cardStatus],
      ...label,
      cardCheck,
      unverifiedReason: outcome.unverifiedReason,
      scanWarnings: outcome.scanWarnings,
    });
    return 0;
  } finally {
    await (opened as OpenGateway | null)?.close();
    db.close();
  }
};
