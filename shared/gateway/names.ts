// Names as the gateway compares them. Observed (bhxh-gateway.md §2): matching ignores case and Vietnamese
// diacritics, but letters of ethnic-minority scripts (Ê Đê, Jrai, Bahnar… : Ĕ, Ŏ, Ŭ, Č, Ƀ, Ñ) are not
// Vietnamese letters, the registry holds them as base letters, and such names come back 060; clients
// retry with those marks stripped. Vietnamese letters (Ă Â Đ Ê Ô Ơ Ư and the five tones) are kept.

const BREVE = '\u0306';
const CARON = '\u030C';
const TILDE = '\u0303';
const vowels = 'AEIOUYaeiouy';

/** Replaces ethnic-minority letters by their base letter, leaving Vietnamese letters untouched (NFC out). */
export function stripEthnicDiacritics(name: string): string {
  const decomposed = name.normalize('NFD').replace(/[Ƀƀ]/g, (c) => (c === 'Ƀ' ? 'B' : 'b'));
  let out = '';
  let base = '';
  for (const ch of decomposed) {
    const isMark = /\p{M}/u.test(ch);
    if (!isMark) base = ch;
    // Breve is Vietnamese only on A (Ă); caron never; tilde only as a tone on vowels (Ñ is not Vietnamese).
    if (isMark && ch === BREVE && base !== 'A' && base !== 'a') continue;
    if (isMark && ch === CARON) continue;
    if (isMark && ch === TILDE && !vowels.includes(base)) continue;
    out += ch;
  }
  return out.normalize('NFC');
}

/** True when stripping would change the name: the desk then offers a retry without those marks. */
export function hasEthnicDiacritics(name: string): boolean {
  return stripEthnicDiacritics(name) !== name.normalize('NFC');
}

// Marks that are part of Vietnamese spelling: the five tones, circumflex, horn, and breve on A.
const vietnameseMarks = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u031B']);

/**
 * The comparison key: upper case, Vietnamese diacritics removed (Đ → D), single spaces. Non-Vietnamese marks
 * survive, so `Bŏ` ≠ `Bo` as on the real gateway.
 */
export function nameMatchKey(name: string): string {
  let out = '';
  let base = '';
  for (const ch of name.normalize('NFD')) {
    const isMark = /\p{M}/u.test(ch);
    if (!isMark) base = ch;
    const vietnamese =
      (vietnameseMarks.has(ch) && (ch !== TILDE || vowels.includes(base))) ||
      (ch === BREVE && (base === 'A' || base === 'a'));
    if (isMark && vietnamese) continue;
    out += ch;
  }
  return out.replace(/[Đđ]/g, 'D').toUpperCase().replace(/\s+/g, ' ').trim().normalize('NFC');
}
