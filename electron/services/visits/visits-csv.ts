// The day's visits as CSV for a spreadsheet (RFC 4180 quoting; UTF-8 so Vietnamese names survive).
// Times are Vietnam time like the day they are listed under; a UTC stamp would put a 06:30 arrival on the
// previous evening.
import type { Visit } from '../../../shared/visits/visit';
import { vnIsoStamp } from '../../../shared/time/vietnam-time';

const columns: [string, (v: Visit) => string | number | boolean | null][] = [
  ['queueNumber', (v) => v.queueNumber],
  ['createdAt', (v) => vnIsoStamp(v.createdAt)],
  ['id', (v) => v.id],
  ['maLk', (v) => v.maLk],
  ['fullName', (v) => v.patient.fullName],
  ['dateOfBirth', (v) => v.patient.dateOfBirth],
  ['cardNumber', (v) => v.patient.cardNumber],
  ['clinicCode', (v) => v.clinicCode],
  ['officerName', (v) => v.officerName],
  ['cardStatus', (v) => v.cardStatus],
  ['cardVerified', (v) => v.cardVerified],
  ['status', (v) => v.status],
  ['maGiaoDich', (v) => v.maGiaoDich],
  ['problem', (v) => v.problem?.message ?? null],
];

function cell(value: string | number | boolean | null): string {
  const raw = value === null ? '' : String(value);
  // A name or gateway text starting with = + - @ would run as a formula when the file is opened in a
  // spreadsheet (OWASP "CSV injection"): prefix it with ' so it stays text.
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function visitsToCsv(visits: Visit[]): string {
  const lines = [columns.map(([name]) => name).join(',')];
  for (const v of visits) lines.push(columns.map(([, get]) => cell(get(v))).join(','));
  return lines.join('\r\n') + '\r\n';
}
