import type { ParseOptions, ParseOutcome } from './parsed-scan';

/** Classifies, repairs and validates one scan (../shared/docs/cards-and-qr.md §6). Never throws. */
export function parseScan(raw: string, options: ParseOptions = {}): ParseOutcome {
  void raw;
  void options;
  throw new Error('not implemented yet');
}
