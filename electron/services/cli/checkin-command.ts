// `kcb-checkin checkin <scan-or-number> --db FILE [--name N] [--dob D] [--clinic CODE] [--offline]
// [--facility CODE] [gateway flags]`: registers a visit in the local store, checking the card online first
// unless --offline or the gateway is unreachable (then "card not verified yet"; the sync re-checks it).
import { parseArgs } from 'node:util';
import { trainingModeLabel } from '../../../shared/gateway/result-codes';
import type { CodedMessage } from '../../../shared/message';
import { coded } from '../../../shared/message';
import { parseScan } from '../../../shared/scan/parse-scan';
import { visitErrorText } from '../../../shared/visits/visit-messages';
import { trainingAccount } from '../simulator/seed-cards';
import { openDatabase } from '../store/database';
import { findClinic, readSettings } from '../store/settings';
import { checkInAtDesk } from '../visits/desk-check-in';
import { identityFromScan } from '../visits/scan-identity';
import type { CliCommand, CliIo } from './cli-io';
import { printJson, readAll } from './cli-io';
import { gatewayOptions, gatewayOptionsHelp, gatewaySettings, openGateway } from './gateway-options';
import { requireDb, storeFailure } from './store-cli';

const help = `Usage: kcb-checkin checkin <scan-or-number> --db FILE [options]
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
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...gatewayOptions,
        db: { type: 'string' },
        name: { type: 'string' },
        dob: { type: 'string' },
        clinic: { type: 'string' },
        offline: { type: 'boolean', default: false },
        facility: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const m = (e as Error).message;
    return refuse(io, {
      code: 'BAD_OPTION',
      message: `Tham số không hợp lệ: ${m}`,
      messageEn: `Bad option: ${m}`,
    });
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(help + '\n');
    return 0;
  }
  const file = requireDb(io, values.db);
  if (!file) return 1;
  const raw = positionals.length ? positionals.join(' ') : await readAll(io.stdin);
  const scanned = parseScan(raw);
  if (!scanned.ok) return refuse(io, scanned.error);
  const identity = identityFromScan(scanned.scan, {
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(values.dob !== undefined ? { dob: values.dob } : {}),
  });
  if (!identity.ok) return refuse(io, identity.error);

  // Who is at the desk: the gateway settings' officer (training mode: the demo officer).
  const settings = gatewaySettings(values, io.env);
  if (!settings.ok) return refuse(io, settings.error);
  const officer = { name: settings.config.officerName, cccd: settings.config.officerCccd };

  let db;
  try {
    db = openDatabase(file);
  } catch (err) {
    return storeFailure(io, err);
  }
  try {
    const desk = readSettings(db);
    const facilityCode =
      (values.facility ?? io.env.KCB_FACILITY)?.trim() ||
      desk.facilityCode ||
      (settings.trainingMode ? trainingAccount.maCSKCB : null);
    if (!facilityCode) return refuse(io, coded('FACILITY_REQUIRED', visitErrorText.facilityRequired));
    if (!/^\d{5}$/.test(facilityCode))
      return refuse(io, coded('BAD_FACILITY', visitErrorText.facilityInvalid));
    const clinic = findClinic(db, values.clinic ?? desk.defaultClinic);
    if (!clinic) return refuse(io, coded('UNKNOWN_CLINIC', visitErrorText.clinicUnknown));

    const opened = values.offline ? null : await openGateway(values, io.env);
    if (opened && !opened.ok) return refuse(io, opened.error);
    const gateway = opened?.gateway ?? null;
    const trainingMode = settings.trainingMode;
    try {
      const outcome = await checkInAtDesk(
        db,
        {
          patient: identity.patient,
          officer,
          facilityCode,
          deskPrefix: desk.deskPrefix,
          clinic,
          training: settings.trainingMode,
        },
        gateway?.client ?? null,
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
      if (!outcome.ok) return refuse(io, outcome.error, { ...label, cardCheck });
      printJson(io, {
        ok: true,
        ...outcome.visit,
        ...label,
        cardCheck,
        unverifiedReason: outcome.unverifiedReason,
        scanWarnings: scanned.scan.warnings,
      });
      return 0;
    } finally {
      await gateway?.close();
    }
  } finally {
    db.close();
  }
};
