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

/** Classifies, repairs and validates one scan. Never throws: every failure is a typed refusal. */
export function parseScan(raw: string, options: ParseOptions = {}): ParseOutcome {
  try {
    return classify(cleanScan(String(raw)), options.today ?? vnDate(Date.now()));
  } catch {
    // The fuzz suite keeps this unreachable; it is here so a desk never sees a crash for a scan.
    return refuse('INTERNAL_ERROR');
  }
}

function classify(text: string, today: string): ParseOutcome {
  if (text === '') return refuse('EMPTY_SCAN');
  if (!text.includes('|')) return parseBareNumber(text);

  const fields = text.split('|');
  const first = fields[0]!.trim().toUpperCase().replace(/\s+/g, '');
  if (/^\d{12}$/.test(first)) {
    if (fields.length < 7) return refuse('QR_TRUNCATED');
    const repaired = repairMojibake(text);
    const outcome = parseCccdQr((repaired ?? text).split('|'));
    if (repaired !== null && outcome.ok) outcome.scan.warnings.unshift(warning('MOJIBAKE_REPAIRED'));
    return outcome;
  }
  if (/^\d{10}$/.test(first) || /^[A-Z]{2}\d{13}$/.test(first)) return parseBhytQr(fields, today);
  return refuse('UNRECOGNISED_SCAN');
}
