// `kcb-checkin check <scan-or-number> [--name N] [--dob D] [gateway flags]`: one card check against the
// BHXH gateway (or, with none configured, the embedded simulator in training mode), as a hospital
// script or IT staff run it. Name and DOB come from the scan when it carries them; flags override.

import { coded } from '../../../shared/message';
import type { CodedMessage } from '../../../shared/message';
import { parseDobInput } from '../../../shared/gateway/gateway-dates';
import { gatewayErrors, trainingModeLabel } from '../../../shared/gateway/result-codes';
import { parseScan } from '../../../shared/scan/parse-scan';
import { GatewayError } from '../gateway/gateway-error';
import type { CliCommand, CliIo } from './cli-io';
import { parseCommandArgs, printJson, readAll } from './cli-io';
import { gatewayOptions, gatewayOptionsHelp, openGateway } from './gateway-options';

export const help = `Usage: kcb-checkin check <scan-or-number> [--name N] [--dob D] [gateway options]
Checks one card (QR, 15-char code, 10-digit mã số BHXH or 12-digit CCCD; standard input if absent).
  --name N   full name, when the scan has none (or to override it)
  --dob D    date of birth: dd/MM/yyyy, YYYY-MM-DD or yyyy
Prints {"ok":true,"code":…,"severity":…,"message":…,"card":…,"history":[…],"checksToday":[…]} (exit 0 for
every gateway answer) or {"ok":false,"error":{…}} (exit 1: bad input, network, authentication).
${gatewayOptionsHelp}`;

function refuse(io: CliIo, error: CodedMessage, trainingMode?: boolean): number {
  printJson(io, trainingMode === undefined ? { ok: false, error } : { ok: false, trainingMode, error });
  return 1;
}

export const run: CliCommand = async (argv, io) => {
  const parsed = parseCommandArgs(io, argv, {
    allowPositionals: true,
    options: {
      ...gatewayOptions,
      name: { type: 'string' },
      dob: { type: 'string' },
    },
  });
  if (!parsed) return 1;
  const { values, positionals } = parsed;
  const raw = positionals.length ? positionals.join(' ') : await readAll(io.stdin);
  const outcome = parseScan(raw);
  if (!outcome.ok) return refuse(io, outcome.error);
  const scan = outcome.scan;
  const maThe = scan.cardNumber ?? scan.socialInsuranceNumber ?? scan.citizenId;
  if (!maThe) return refuse(io, coded('NO_CARD_NUMBER', gatewayErrors.NO_CARD_NUMBER));
  const hoTen = values.name?.trim() || scan.fullName;
  if (!hoTen) return refuse(io, coded('MISSING_NAME', gatewayErrors.MISSING_NAME));
  const dob = values.dob !== undefined ? parseDobInput(values.dob) : scan.dateOfBirth;
  if (values.dob !== undefined && !dob) return refuse(io, coded('BAD_DOB', gatewayErrors.BAD_DOB));
  if (!dob) return refuse(io, coded('MISSING_DOB', gatewayErrors.MISSING_DOB));

  const opened = await openGateway(values, io.env);
  if (!opened.ok) return refuse(io, opened.error);
  const { client, close } = opened.gateway;
  // Also a simulator given as --gateway (hospital IT trying the CLI): its answers are not BHXH's.
  const training = () => opened.gateway.trainingMode || client.answeredBySimulator;
  try {
    const r = await client.checkCard({ maThe, hoTen, ngaySinh: dob });
    const trainingMode = training();
    printJson(io, {
      ok: true,
      trainingMode,
      ...(trainingMode ? { trainingModeLabel } : {}),
      code: r.code,
      known: r.known,
      severity: r.severity,
      message: r.message,
      messageEn: r.messageEn,
      action: r.action,
      ghiChu: r.ghiChu,
      card: r.card,
      history: r.history,
      checksToday: r.checksToday,
      alreadyCheckedToday: r.alreadyCheckedToday,
      registeredDob: r.registeredDob,
      suggestion: r.suggestion,
      sent: r.sent,
      scanWarnings: scan.warnings,
    });
    return 0;
  } catch (e) {
    if (e instanceof GatewayError) return refuse(io, e.toCoded(), training());
    throw e;
  } finally {
    await close();
  }
};
