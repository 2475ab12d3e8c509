// Framing damage scanners add around a payload (cards-and-qr.md §5.3): NUL padding, an AIM symbology
// prefix such as `]Q1`, CR/LF/TAB suffixes, a UTF-8 byte-order mark.

/** AIM symbology identifier: `]`, a code character, a modifier character (ISO/IEC 15424). */
const aimPrefix = /^\][A-Za-z][0-9A-Za-z]/;

export function cleanScan(raw: string): string {
  let text = raw;
  const nul = text.indexOf('\0');
  if (nul >= 0) text = text.slice(0, nul);
  text = text.replace(/^\uFEFF/, '').trim();
  if (aimPrefix.test(text)) text = text.slice(3);
  // CR/LF/TAB never belong inside a payload: a wedge scanner's suffix or a line-wrapped paste.
  return text.replace(/[\r\n\t]/g, '').trim();
}
