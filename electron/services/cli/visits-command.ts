// `kcb-checkin visits --db FILE [--date YYYY-MM-DD] [--format json|csv]`: the day's visits (default today,
// Vietnam time), for the desk's end-of-day check or a hospital script.

import { visitErrorText } from '../../../shared/visits/visit-messages';
import { openDatabase } from '../store/database';
import { vnDate } from '../../../shared/time/vietnam-time';
import { listVisitsForDay } from '../visits/visit-queries';
import { visitsToCsv } from '../visits/visits-csv';
import type { CliCommand } from './cli-io';
import { parseCommandArgs, printJson } from './cli-io';
import { fail, requireDb, storeFailure } from './store-cli';
import { isIsoDay } from '../../../shared/card/dates';

export const help = `Usage: kcb-checkin visits --db FILE [--date YYYY-MM-DD] [--format json|csv]
Lists one day's visits in arrival order (default: today, Vietnam time).
  --db FILE          the visit database (must exist)
  --date YYYY-MM-DD  the day
  --format json|csv  default json; csv for a spreadsheet (UTF-8)`;

export const run: CliCommand = async (argv, io) => {
  const parsed = parseCommandArgs(io, argv, {
    options: {
      db: { type: 'string' },
      date: { type: 'string' },
      format: { type: 'string', default: 'json' },
    },
  });
  if (!parsed) return 1;
  const { values } = parsed;
  // Listing never creates a database: a mistyped --db path must say so, not print an empty day.
  const file = requireDb(io, values.db, true);
  if (!file) return 1;
  const day = values.date ?? vnDate(Date.now());
  if (!isIsoDay(day)) return fail(io, 'BAD_DATE', visitErrorText.dateInvalid);
  if (values.format !== 'json' && values.format !== 'csv')
    return fail(io, 'BAD_FORMAT', visitErrorText.formatInvalid);
  let db;
  try {
    db = openDatabase(file);
  } catch (err) {
    return storeFailure(io, err);
  }
  try {
    const visits = listVisitsForDay(db, day);
    if (values.format === 'csv') io.stdout.write(visitsToCsv(visits));
    else printJson(io, { ok: true, date: day, count: visits.length, visits });
    return 0;
  } finally {
    db.close();
  }
};
