// Framing damage scanners add around a payload (cards-and-qr.md §5.3): NUL padding, an AIM symbology
// prefix such as `]Q1`, CR/LF/TAB suffixes, STX/ETX framing, a UTF-8 byte-order mark.

/** AIM symbology identifier: `]`, a code character, a modifier character (ISO/IEC 15424). */
const aimPrefix = /^\][A-Za-z][0-9A-Za-z]/;
/** C0 controls except NUL (handled first) and DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlChars = /[\x01-\x1F\x7F]/g;

export function cleanScan(raw: string): string {
  let text = raw;
  const nul = text.indexOf('\0');
  if (nul >= 0) text = text.slice(0, nul);
  // No C0 control character belongs inside a payload: CR/LF/TAB are a wedge scanner's suffix or a
  // line-wrapped paste; STX/ETX (0x02/0x03), EOT and GS are serial scanners' framing. C1 (0x80–0x9F) is
  // kept: mojibake repair needs it.
  text = text
    .replace(controlChars, '')
    .replace(/^\uFEFF/, '')
    .trim();
  if (aimPrefix.test(text)) text = text.slice(3).trim();
  return text;
}
