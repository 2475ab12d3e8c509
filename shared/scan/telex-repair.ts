// A keyboard-wedge scanner types the QR through the OS, and a Vietnamese IME in Telex mode rewrites the
// hex letters it sees: `aa→â ee→ê dd→đ af→à ef→è`, and `aaf→ầ eef→ề` (cards-and-qr.md §5.1; hisnguonmo
// reverses the same map before decoding). Reversing it restores the hex exactly. VNI mode turns digits
// into tones and is not reversible: the caller detects that by the repaired text failing to decode.
// prettier-ignore
const telexReverse: Record<string, string> = {
  â: 'aa', ê: 'ee', đ: 'dd', à: 'af', è: 'ef', ầ: 'aaf', ề: 'eef',
  Â: 'AA', Ê: 'EE', Đ: 'DD', À: 'AF', È: 'EF', Ầ: 'AAF', Ề: 'EEF',
};
const telexOutput = /[âêđàèầềÂÊĐÀÈẦỀ]/g;
/** Letters an IME may leave in what was hex: the map's outputs plus other toned vowels (VNI, free typing). */
const imeLetter = /[\u00C0-\u1EF9]/;

export function hasImeLetters(text: string): boolean {
  return imeLetter.test(text);
}

/** Reverses Telex damage; returns the text unchanged when there was none. */
export function reverseTelex(text: string): string {
  return text.normalize('NFC').replace(telexOutput, (ch) => telexReverse[ch] ?? ch);
}
