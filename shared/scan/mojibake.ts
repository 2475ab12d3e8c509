// Some scanner drivers hand over a plain-UTF-8 CCCD QR decoded as Windows-1252 or Latin-1, turning
// "Nguyễn" into "Nguyá»…n" (cards-and-qr.md §4). Re-encoding those characters to their single bytes and
// decoding as UTF-8 recovers the text; if the result is not valid UTF-8 the text was not mojibake.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252's 0x80–0x9F block, the only part that differs from Latin-1. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  const i = cp1252High.indexOf(ch);
  return i >= 0 ? 0x80 + i : -1;
}

/** UTF-8 lead bytes (0xC2–0xF4) read as single characters: the signature of mojibake. */
const mojibakeSignature = /[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u2122]/;

export function repairMojibake(text: string): string | null {
  if (!mojibakeSignature.test(text)) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = byteOf(text.charAt(i));
    if (b < 0) return null;
    bytes[i] = b;
  }
  try {
    return utf8.decode(bytes).normalize('NFC');
  } catch {
    return null;
  }
}
