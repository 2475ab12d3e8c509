// Text fields of a BHYT QR are the hex of their UTF-8 bytes, in lower or upper case; a few producers put
// plain text instead (cards-and-qr.md §2). Decode only what is unambiguously hex.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const hexOnly = /^[0-9A-Fa-f]+$/;

export function looksLikeHex(text: string): boolean {
  return text.length % 2 === 0 && hexOnly.test(text);
}

/** The decoded NFC text, or null when `text` is not hex of valid UTF-8. */
export function decodeHexUtf8(text: string): string | null {
  if (!looksLikeHex(text)) return null;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.substr(i * 2, 2), 16);
  try {
    return utf8.decode(bytes).normalize('NFC');
  } catch {
    return null;
  }
}
