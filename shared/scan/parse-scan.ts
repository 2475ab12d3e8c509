// One entry point for everything a desk scans or types (cards-and-qr.md §6):
//   clean framing → pipe-separated? CCCD QR (12-digit first field, ≥ 7 fields) or BHYT QR
//   (10-digit or 15-char first field) : a bare number.
import { vnDate } from '../time/vietnam-time';
import { parseBareNumber } from './bare-number';
import { parseBhytQr } from './bhyt-qr';
import { parseCccdQr } from './cccd-qr';
import { cleanScan } from './clean-scan';
import { repairMojibake } from './mojibake';
import type { ParseOptions, ParseOutcome } from './parsed-scan';
import { refuse, warning } from './scan-outcome';
import type { ScanWarningCode } from './scan-messages';

/** Classifies, repairs and validates one scan. Never throws: every failure is a typed refusal. */
export function parseScan(raw: string, options: ParseOptions = {}): ParseOutcome {
  try {
    return classify(cleanScan(String(raw)), options.today ?? vnDate(Date.now()));
  } catch {
    // The fuzz suite keeps this unreachable; it is here so a desk never sees a crash for a scan.
    return refuse('INTERNAL_ERROR');
  }
}

/**
 * What a `|` becomes when the scanner sends US key codes and the PC has another layout (§5.2): UK and
 * German `~`/`'` (the key under `|`), `¦` on old IBM-labelled keyboards, `\` when Shift is lost,
 * AZERTY `µ`, Italian `§`. Only after a whole card number or CCCD number, and at least twice.
 */
const swappedSeparator = /^(?:[A-Za-z]{2}\d{13}|\d{12}|\d{10})([~'¦\\µ§])/;
/** A card number or CCCD number at the end of the first field, after a scanner's programmed prefix. */
const idAfterPrefix = /(?:[A-Z]{2}[1-5]\d{12}|(?<!\d)\d{12}|(?<!\d)\d{10})$/;

function classify(text: string, today: string): ParseOutcome {
  if (text === '') return refuse('EMPTY_SCAN');
  const preWarnings: ScanWarningCode[] = [];
  const sep = text.includes('|') ? undefined : swappedSeparator.exec(text)?.[1];
  if (sep !== undefined && text.split(sep).length >= 3) {
    text = text.replaceAll(sep, '|');
    preWarnings.push('SEPARATOR_REPLACED');
  }
  if (!text.includes('|')) return parseBareNumber(text);

  const fields = text.split('|');
  // The number as the gateway wants it, whatever spacing and case it was typed or printed with.
  let first = (fields[0] = fields[0]!.toUpperCase().replace(/\s+/g, ''));
  const id = known(first) ? null : idAfterPrefix.exec(first);
  if (id && id.index > 0) {
    first = fields[0] = id[0];
    preWarnings.push('PREFIX_REMOVED');
  }
  const outcome = parsePayload(fields, first, today);
  if (outcome.ok) outcome.scan.warnings.unshift(...preWarnings.map(warning));
  return outcome;
}

const known = (first: string) => /^(?:\d{12}|\d{10}|[A-Z]{2}\d{13})$/.test(first);

function parsePayload(fields: string[], first: string, today: string): ParseOutcome {
  if (/^\d{12}$/.test(first)) {
    if (fields.length < 7) return refuse('QR_TRUNCATED');
    const text = fields.join('|');
    const repaired = repairMojibake(text);
    const outcome = parseCccdQr((repaired ?? text).split('|'), today);
    if (repaired !== null && outcome.ok) outcome.scan.warnings.unshift(warning('MOJIBAKE_REPAIRED'));
    return outcome;
  }
  if (/^\d{10}$/.test(first) || /^[A-Z]{2}\d{13}$/.test(first)) return parseBhytQr(fields, today);
  return refuse('UNRECOGNISED_SCAN');
}
