// Property-based fuzzing of the parser (issue #2: no input may throw; ≥ 100,000 generated and mutated
// inputs per run). parseScan turns an internal exception into INTERNAL_ERROR so a desk never crashes;
// here that code counts as a failure, so a throw anywhere in the parser fails this suite.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScan } from '../../shared/scan/parse-scan';
import type { ParseOutcome } from '../../shared/scan/parsed-scan';
import { scanErrors } from '../../shared/scan/scan-messages';
import { bhytQr, cccdQr, fifteenCharCard, telexDamage, tenDigitCard } from '../support/payloads';

const today = '2026-06-15';
const knownErrors = new Set(Object.keys(scanErrors).filter((c) => c !== 'INTERNAL_ERROR'));
const isoish = /^\d{4}(-\d{2}(-\d{2})?)?$/;
let inputs = 0;

function wellFormed(outcome: ParseOutcome): boolean {
  inputs++;
  if (!outcome.ok) return knownErrors.has(outcome.error.code) && outcome.error.message.length > 0;
  const s = outcome.scan;
  return (
    (s.dateOfBirth === null || isoish.test(s.dateOfBirth)) &&
    (s.benefitLevel === null || (s.benefitLevel >= 1 && s.benefitLevel <= 5)) &&
    (s.fullName === null || s.fullName === s.fullName.normalize('NFC')) &&
    s.warnings.every((w) => w.code.length > 0 && w.message.length > 0)
  );
}

const vietnameseLetters =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵŎŏĔĕŬŭ';
const letter = fc.constantFrom(...[...vietnameseLetters]);
const word = fc
  .array(letter, { minLength: 1, maxLength: 8 })
  .map((ls) => ls.join(''))
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const name = fc.array(word, { minLength: 2, maxLength: 5 }).map((ws) => ws.join(' ').normalize('NFC'));
const date = fc.record({
  d: fc.integer({ min: 1, max: 28 }),
  m: fc.integer({ min: 1, max: 12 }),
  y: fc.integer({ min: 1920, max: 2030 }),
});
const dmy = date.map(({ d, m, y }) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`);
const cardCode = fc
  .tuple(
    fc.constantFrom('DN', 'HC', 'GD', 'TE', 'HT', 'CK', 'QN', 'SV', 'HS', 'XK'),
    fc.integer({ min: 1, max: 5 }),
    fc.constantFrom('01', '79', '48', '31', '92'),
    fc.stringMatching(/^\d{10}$/),
  )
  .map(([o, l, p, n]) => `${o}${l}${p}${n}`);

const bhytCard = fc.record({
  tenDigit: fc.boolean(),
  code: cardCode,
  number: fc.stringMatching(/^\d{10}$/),
  name,
  dob: fc.oneof(
    dmy,
    date.map((d) => String(d.y)),
  ),
  gender: fc.constantFrom('1', '2'),
  address: fc.option(name, { nil: null }),
  upperHex: fc.boolean(),
  validFrom: dmy,
  issuePlace: fc.option(name, { nil: null }),
});
const bhytPayload = bhytCard.map((c) =>
  bhytQr({
    ...(c.tenDigit ? tenDigitCard : fifteenCharCard),
    card: c.tenDigit ? c.number : c.code,
    name: c.name,
    dob: c.dob,
    gender: c.gender,
    address: c.address,
    upperHex: c.upperHex,
    validFrom: c.validFrom,
    ...(c.tenDigit ? { issuePlace: c.issuePlace } : {}),
  }),
);
const cccdPayload = fc
  .record({
    id: fc.stringMatching(/^0\d{11}$/),
    name,
    dob: fc.stringMatching(/^\d{8}$/),
    eleven: fc.boolean(),
  })
  .map((c) =>
    cccdQr({
      id: c.id,
      oldId: '',
      name: c.name,
      dob: c.dob,
      gender: 'Nữ',
      address: 'Hà Nội',
      issuedOn: '01012024',
      extraEmptyFields: c.eleven,
    }),
  );

/** Edits a scanner, a phone screen or a person can make to a payload. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('pipe' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('telex' as const) }),
  // A non-US keyboard layout's substitute for `|`, and a scanner's programmed prefix.
  fc.record({ kind: fc.constant('layout' as const), sep: fc.constantFrom('~', "'", '¦', '\\', '-', '/') }),
  fc.record({ kind: fc.constant('prefix' as const), text: fc.string({ maxLength: 6 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
    case 'pipe':
      return text.slice(0, at) + '|' + text.slice(at);
    case 'telex':
      return telexDamage(text);
    case 'layout':
      return text.replaceAll('|', m.sep);
    case 'prefix':
      return m.text + text;
  }
}

describe('parser fuzz suite', () => {
  it('never throws on arbitrary Unicode (40,000 inputs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => wellFormed(parseScan(s, { today }))),
      { numRuns: 40_000 },
    );
  });

  it('never throws on arbitrary pipe-separated records (20,000 inputs)', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^\d{10,12}$/),
      cardCode,
      dmy,
      fc.constantFrom('-', '$', '#', '', ' ', '1', '2', 'Nam', 'Nữ', 'Nu'),
    );
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 20 }), (fields) =>
        wellFormed(parseScan(fields.join('|'), { today })),
      ),
      { numRuns: 20_000 },
    );
  });

  it('never throws on mutated real-shaped payloads (30,000 inputs)', () => {
    fc.assert(
      fc.property(fc.oneof(bhytPayload, cccdPayload), fc.array(mutation, { maxLength: 4 }), (payload, ms) =>
        wellFormed(parseScan(ms.reduce(mutate, payload), { today })),
      ),
      { numRuns: 30_000 },
    );
  });

  it('reads back every generated BHYT card exactly (10,000 inputs)', () => {
    fc.assert(
      fc.property(bhytCard, bhytPayload, (_c, payload) => {
        const outcome = parseScan(payload, { today });
        return wellFormed(outcome) && outcome.ok;
      }),
      { numRuns: 5_000 },
    );
    fc.assert(
      fc.property(bhytCard, (c) => {
        const payload = bhytQr({
          ...fifteenCharCard,
          card: c.code,
          name: c.name,
          dob: c.dob,
          upperHex: c.upperHex,
          address: c.address,
        });
        const outcome = parseScan(payload, { today });
        expect(outcome.ok && outcome.scan.fullName).toBe(c.name);
        expect(outcome.ok && outcome.scan.address).toBe(c.address);
        expect(outcome.ok && outcome.scan.cardNumber).toBe(c.code);
        return wellFormed(outcome);
      }),
      { numRuns: 5_000 },
    );
  });

  it('undoes Telex damage on every hex field of generated cards (5,000 inputs)', () => {
    fc.assert(
      fc.property(bhytCard, (c) => {
        const clean = bhytQr({ ...fifteenCharCard, card: c.code, name: c.name, upperHex: c.upperHex });
        const damaged = clean
          .split('|')
          .map((f, i) => ([1, 4, 13].includes(i) ? telexDamage(f) : f))
          .join('|');
        const outcome = parseScan(damaged, { today });
        expect(outcome.ok && outcome.scan.fullName).toBe(c.name);
        expect(outcome.ok && outcome.scan.address).toBe(fifteenCharCard.address);
        return wellFormed(outcome);
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads back every generated CCCD QR (5,000 inputs) and counted ≥ 100,000 inputs in all', () => {
    fc.assert(
      fc.property(cccdPayload, (payload) => {
        const outcome = parseScan(payload, { today });
        const dobValid = !outcome.ok
          ? outcome.error.code === 'BAD_DATE_OF_BIRTH'
          : outcome.scan.kind === 'cccd-qr';
        return wellFormed(outcome) && dobValid;
      }),
      { numRuns: 5_000 },
    );
    expect(inputs).toBeGreaterThanOrEqual(100_000);
  });
});
