// `kcb-checkin parse [SCAN] [--lines] [--today YYYY-MM-DD]`: the parser as hospital IT scripts it.
// Prints `{"ok":true,"kind":…,…fields,"warnings":[…]}` or `{"ok":false,"error":{…}}` (exit 1).

import { parseScan } from '../../../shared/scan/parse-scan';
import type { ParseOutcome } from '../../../shared/scan/parsed-scan';
import { isIsoDay } from '../../../shared/card/dates';
import type { CliCommand } from './cli-io';
import { badOption, parseCommandArgs, printJson, readAll } from './cli-io';

export const help = `Usage: kcb-checkin parse [SCAN] [--lines] [--today YYYY-MM-DD]
Reads one scan (the argument, or the whole of standard input) and prints it as one JSON object.
  --lines   one scan per input line, one JSON object per output line (exit 0)
  --today   the date used for the card validity warnings (default: today)`;

export function toCliJson(outcome: ParseOutcome): object {
  if (!outcome.ok) return outcome;
  const { kind, warnings, ...fields } = outcome.scan;
  return { ok: true, kind, ...fields, warnings };
}

export const run: CliCommand = async (argv, io) => {
  const parsed = parseCommandArgs(io, argv, {
    allowPositionals: true,
    options: {
      lines: { type: 'boolean' },
      today: { type: 'string' },
    },
  });
  if (!parsed) return 1;
  const { values, positionals } = parsed;
  if (values.today !== undefined && !isIsoDay(values.today)) {
    printJson(io, { ok: false, error: badOption(`--today ${values.today} (YYYY-MM-DD)`) });
    return 1;
  }
  const options = values.today ? { today: values.today } : {};
  const input = positionals.length > 0 ? positionals.join(' ') : await readAll(io.stdin);

  if (values.lines) {
    const lines = input.split('\n');
    if (lines.at(-1) === '') lines.pop();
    for (const line of lines) printJson(io, toCliJson(parseScan(line, options)));
    return 0;
  }
  const outcome = parseScan(input, options);
  printJson(io, toCliJson(outcome));
  return outcome.ok ? 0 : 1;
};
