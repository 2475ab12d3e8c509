import { describe, expect, it } from 'vitest';
import { parseScan } from '../../shared/scan/parse-scan';
import type { ParsedScan, ParseOutcome } from '../../shared/scan/parsed-scan';
import { reverseTelex } from '../../shared/scan/telex-repair';
import {
  bhytQr,
  cccdCard,
  cccdQr,
  fifteenCharCard,
  hex,
  telexDamage,
  tenDigitCard,
} from '../support/payloads';

const today = '2026-06-15';
const parse = (raw: string) => parseScan(raw, { today });

function ok(outcome: ParseOutcome): ParsedScan {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.error.code}: ${outcome.error.messageEn}`);
  return outcome.scan;
}
function refused(outcome: ParseOutcome): string {
  if (outcome.ok) throw new Error(`expected a refusal, got ${outcome.scan.kind}`);
  expect(outcome.error.message.length).toBeGreaterThan(10);
  expect(outcome.error.messageEn.length).toBeGreaterThan(10);
  return outcome.error.code;
}
const telexNames = [
  'Đặng Thị Ỷ',
  'Nguyễn Văn Giả',
  'Trần Thị Hữu',
  'Phan Thị Nễ',
  'Bùi Đức Thắng',
  'Nông Thị Ｅn',
  'Đoàn Văn Ẩn',
  'Lý Thị Ẻo',
];
const codes = (scan: ParsedScan) => scan.warnings.map((w) => w.code);

describe('BHYT QR, 15-char card (L1)', () => {
  it('reads every field of the layout', () => {
    const scan = ok(parse(bhytQr(fifteenCharCard)));
    expect(scan).toMatchObject({
      kind: 'bhyt-qr',
      cardNumber: 'DN4797912345678',
      socialInsuranceNumber: '7912345678',
      objectCode: 'DN',
      benefitLevel: 4,
      provinceCode: '79',
      fullName: 'Đặng Thị Ỷ',
      dateOfBirth: '1994-03-07',
      gender: 'female',
      address: 'Số 12 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh',
      registeredFacility: '79032',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      issuedOn: '2025-12-20',
      fiveYearsContinuousFrom: '2027-06-01',
      guardianName: null,
      checkString: '4641c59ff02659c3-1202',
    });
    expect(scan.warnings).toEqual([]);
  });

  it('accepts upper-case hex, `#` terminator, no terminator, and `$` glued to the last field', () => {
    const upper = ok(parse(bhytQr({ ...fifteenCharCard, upperHex: true, terminator: '#' })));
    expect(upper.fullName).toBe('Đặng Thị Ỷ');
    expect(ok(parse(bhytQr({ ...fifteenCharCard, terminator: '' }).replace(/\|$/, ''))).checkString).toBe(
      '4641c59ff02659c3-1202',
    );
    const glued = bhytQr(fifteenCharCard).replace(/\|\$$/, '$');
    expect(ok(parse(glued)).checkString).toBe('4641c59ff02659c3-1202');
  });

  it('ignores empty fields after the terminator (`…|$|`), even on a short variant', () => {
    const short = bhytQr(fifteenCharCard).split('|').slice(0, 7).join('|') + '|$';
    for (const raw of [bhytQr(fifteenCharCard) + '|', short + '|', short + '||'])
      expect(ok(parse(raw)).fullName).toBe('Đặng Thị Ỷ');
    expect(ok(parse(short + '|')).validTo).toBeNull();
  });

  it('keeps the check string exactly as printed (case and all)', () => {
    const scan = ok(parse(bhytQr({ ...fifteenCharCard, checkString: '00112233445566AA-0000' })));
    expect(scan.checkString).toBe('00112233445566AA-0000');
  });

  it('reads year-only and zero-dropped dates, a guardian, and `-` as empty', () => {
    const child = ok(
      parse(
        bhytQr({
          ...fifteenCharCard,
          card: 'TE1010123456789',
          dob: '1/8/2022',
          guardian: 'Lê Văn Bố',
          address: null,
          fiveYears: null,
        }),
      ),
    );
    expect(child).toMatchObject({
      objectCode: 'TE',
      benefitLevel: 1,
      dateOfBirth: '2022-08-01',
      guardianName: 'Lê Văn Bố',
      address: null,
      fiveYearsContinuousFrom: null,
    });
    expect(ok(parse(bhytQr({ ...fifteenCharCard, dob: '1962' }))).dateOfBirth).toBe('1962');
    expect(ok(parse(bhytQr({ ...fifteenCharCard, dob: '7-3-1994' }))).dateOfBirth).toBe('1994-03-07');
    // Unknown day / month filled with zeros: read at the precision that is known.
    expect(ok(parse(bhytQr({ ...fifteenCharCard, dob: '00/00/1962' }))).dateOfBirth).toBe('1962');
    expect(ok(parse(bhytQr({ ...fifteenCharCard, dob: '00/05/1962' }))).dateOfBirth).toBe('1962-05');
    expect(ok(parse(cccdQr({ ...cccdCard, dob: '00001985' }))).dateOfBirth).toBe('1985');
    expect(ok(parse(cccdQr({ ...cccdCard, dob: '00051985' }))).dateOfBirth).toBe('1985-05');
    expect(refused(parse(bhytQr({ ...fifteenCharCard, dob: '00/13/1962' })))).toBe('BAD_DATE_OF_BIRTH');
    expect(refused(parse(bhytQr({ ...fifteenCharCard, dob: '07/00/1962' })))).toBe('BAD_DATE_OF_BIRTH');
    expect(ok(parse(bhytQr({ ...fifteenCharCard, validTo: '31.12.2026' }))).validTo).toBe('2026-12-31');
  });

  it('normalises the facility whatever the dash and spacing', () => {
    for (const printed of ['79 - 032', '79 – 032', '79-032', '79032', ' 79 — 032 '])
      expect(ok(parse(bhytQr({ ...fifteenCharCard, facility: printed }))).registeredFacility).toBe('79032');
    expect(ok(parse(bhytQr({ ...fifteenCharCard, facility: '01 - C54' }))).registeredFacility).toBe('01C54');
  });

  it('trims and collapses spaces hidden inside the hex of a name; a name of only spaces is missing', () => {
    const raw = bhytQr({ ...fifteenCharCard, name: ' Đặng  Thị\tỶ ', address: ' Số 12  Lê Lợi ' });
    expect(ok(parse(raw))).toMatchObject({ fullName: 'Đặng Thị Ỷ', address: 'Số 12 Lê Lợi' });
    expect(refused(parse(bhytQr({ ...fifteenCharCard, name: '   ' })))).toBe('MISSING_NAME');
  });

  it('upper-cases the card code', () => {
    expect(ok(parse(bhytQr({ ...fifteenCharCard, card: 'dn4797912345678' }))).cardNumber).toBe(
      'DN4797912345678',
    );
  });

  it('tolerates a short variant ending after the issue date, with a warning', () => {
    const short = bhytQr(fifteenCharCard).split('|').slice(0, 9).join('|');
    const scan = ok(parse(short));
    expect(scan.issuedOn).toBe('2025-12-20');
    expect(scan.checkString).toBeNull();
    expect(codes(scan)).toContain('QR_SHORT');
  });
});

describe('BHYT QR, 10-digit card (L2, QĐ 1666 / VssID)', () => {
  it('reads the benefit level and issuing place fields and no end date', () => {
    const scan = ok(parse(bhytQr(tenDigitCard)));
    expect(scan).toMatchObject({
      kind: 'bhyt-qr',
      cardNumber: '0199999901',
      socialInsuranceNumber: '0199999901',
      objectCode: null,
      provinceCode: null,
      benefitLevel: 4,
      fullName: 'Nguyễn Văn Giả',
      gender: 'male',
      registeredFacility: '01001',
      validTo: null,
      issuePlace: 'Quận Cầu Giấy, Thành phố Hà Nội',
    });
    expect(scan.warnings).toEqual([]);
  });

  it('parses the example from the reference doc verbatim', () => {
    const doc =
      '0199999901|4e677579e1bb856e2056c4836e204769e1baa3|15/05/1985|1|-|01 - 001|01/01/2025|-|02/01/2025|01000199999901|-|4|01/01/2030|0123456789abcdef-0000|4|5468c3a06e68207068e1bb912048c3a0204ee1bb9969|$';
    expect(ok(parse(doc))).toMatchObject({ fullName: 'Nguyễn Văn Giả', issuePlace: 'Thành phố Hà Nội' });
  });

  it('warns on a benefit level outside 1–5 instead of refusing', () => {
    const scan = ok(parse(bhytQr({ ...tenDigitCard, benefitLevel: '7' })));
    expect(scan.benefitLevel).toBeNull();
    expect(codes(scan)).toContain('BAD_BENEFIT_LEVEL_FIELD');
  });
});

describe('CCCD / căn cước QR', () => {
  it('reads the 7-field chip CCCD QR', () => {
    expect(ok(parse(cccdQr(cccdCard)))).toMatchObject({
      kind: 'cccd-qr',
      citizenId: '001085999901',
      oldIdNumber: '012999901',
      fullName: 'Nguyễn Văn Giả',
      dateOfBirth: '1985-05-15',
      gender: 'male',
      address: 'Số 1 Ngõ Mẫu, Phường Thử, Hà Nội',
      issuedOn: '2021-04-10',
      warnings: [],
    });
  });

  it('reads the 11-field 2024 căn cước with an empty old-ID field', () => {
    const scan = ok(
      parse(
        cccdQr({
          ...cccdCard,
          id: '079303999902',
          oldId: '',
          name: 'Hà Thị Ŏn',
          gender: 'Nữ',
          dob: '02022003',
          extraEmptyFields: true,
        }),
      ),
    );
    expect(scan).toMatchObject({
      oldIdNumber: null,
      gender: 'female',
      fullName: 'Hà Thị Ŏn',
      dateOfBirth: '2003-02-02',
    });
    expect(scan.warnings).toEqual([]);
  });

  it('stores the CCCD number without the spaces a generator put in it', () => {
    const scan = ok(parse(cccdQr({ ...cccdCard, id: ' 001 085 999901 ' })));
    expect(scan.citizenId).toBe('001085999901');
    expect(scan.warnings).toEqual([]);
  });

  it('normalises decomposed Unicode to NFC', () => {
    const scan = ok(parse(cccdQr({ ...cccdCard, name: 'Nguyễn Văn Giả'.normalize('NFD') })));
    expect(scan.fullName).toBe('Nguyễn Văn Giả'.normalize('NFC'));
  });

  it('accepts `Nu` for Nữ and warns that diacritics were lost', () => {
    const scan = ok(parse(cccdQr({ ...cccdCard, id: '001185999901', name: 'Nguyen Thi Gia', gender: 'Nu' })));
    expect(scan.gender).toBe('female');
    expect(codes(scan)).toEqual(['DIACRITICS_LOST']);
  });

  it('accepts MMyyyy, yyyy and re-printed dd/MM/yyyy dates of birth', () => {
    expect(ok(parse(cccdQr({ ...cccdCard, dob: '051985' }))).dateOfBirth).toBe('1985-05');
    expect(ok(parse(cccdQr({ ...cccdCard, dob: '1985' }))).dateOfBirth).toBe('1985');
    expect(ok(parse(cccdQr({ ...cccdCard, dob: '15/05/1985' }))).dateOfBirth).toBe('1985-05-15');
    expect(refused(parse(cccdQr({ ...cccdCard, dob: '31/04/1985' })))).toBe('BAD_DATE_OF_BIRTH');
  });

  it('repairs UTF-8 delivered as Windows-1252 mojibake', () => {
    const raw = cccdQr(cccdCard);
    const mojibake = new TextDecoder('windows-1252').decode(Buffer.from(raw, 'utf8'));
    expect(mojibake).not.toBe(raw);
    const scan = ok(parse(mojibake));
    expect(scan.fullName).toBe('Nguyễn Văn Giả');
    expect(codes(scan)).toEqual(['MOJIBAKE_REPAIRED']);
  });

  it('warns when the ID number contradicts gender or year of birth', () => {
    expect(codes(ok(parse(cccdQr({ ...cccdCard, gender: 'Nữ' }))))).toEqual(['CITIZEN_ID_GENDER_MISMATCH']);
    expect(codes(ok(parse(cccdQr({ ...cccdCard, dob: '15051986' }))))).toEqual([
      'CITIZEN_ID_BIRTH_YEAR_MISMATCH',
    ]);
    expect(codes(ok(parse(cccdQr({ ...cccdCard, id: '099085999901' }))))).toEqual([
      'CITIZEN_ID_PROVINCE_UNKNOWN',
    ]);
  });
});

describe('bare numbers', () => {
  it('reads a 15-char card code in any case with spaces', () => {
    expect(ok(parse(' gd4 01 0199 999903 '))).toMatchObject({
      kind: 'card-number',
      cardNumber: 'GD4010199999903',
      objectCode: 'GD',
      benefitLevel: 4,
      provinceCode: '01',
      socialInsuranceNumber: '0199999903',
    });
  });
  it('reads numbers typed with dashes or dots between the printed groups', () => {
    expect(ok(parse('GD4-01-0199999903')).cardNumber).toBe('GD4010199999903');
    expect(ok(parse('001.085.999.901')).citizenId).toBe('001085999901');
    expect(ok(parse('01 9999 9901')).socialInsuranceNumber).toBe('0199999901');
  });
  it('refuses a 9-digit old CMND with a message saying which number to use instead', () => {
    const out = parse('012 999 901');
    expect(refused(out)).toBe('OLD_ID_NUMBER');
    expect(!out.ok && out.error.message).toMatch(/CCCD 12 số/);
  });
  it('reads a 10-digit mã số BHXH and a 12-digit CCCD number', () => {
    expect(ok(parse('0199999901'))).toMatchObject({
      kind: 'bhxh-number',
      socialInsuranceNumber: '0199999901',
    });
    expect(ok(parse('001085999901'))).toMatchObject({ kind: 'citizen-id', citizenId: '001085999901' });
  });
});

describe('repairs', () => {
  const payload = bhytQr(fifteenCharCard);
  it('cuts at NUL, strips an AIM prefix and CR/LF/TAB', () => {
    for (const raw of [
      `${payload}\0\0\0garbage`,
      `]Q1${payload}\r\n`,
      `]Q3${payload}\t`,
      `\uFEFF${payload}\n`,
      `\x02${payload}\x03`, // serial STX … ETX framing
      `\x02]Q1${payload}\x03\r`,
      `${payload}\x04`,
      payload.replace('|07/03', '|\r\n07/03'), // CRLF inside (a wrapped paste)
    ])
      expect(ok(parse(raw)).fullName).toBe('Đặng Thị Ỷ');
    expect(ok(parse(']Q10199999901\r')).kind).toBe('bhxh-number');
  });

  it('reads a QR whose `|` a non-US keyboard layout turned into another character, with a warning', () => {
    // UK layout: the US `|` key code types `~`. German: `'`, and `/` becomes `-` in the dates.
    const uk = payload.replaceAll('|', '~');
    const german = payload.replaceAll('/', '-').replaceAll('|', "'");
    for (const raw of [uk, german, cccdQr(cccdCard).replaceAll('|', '¦')]) {
      const scan = ok(parse(raw));
      expect(scan.fullName).toMatch(/^(Đặng Thị Ỷ|Nguyễn Văn Giả)$/);
      expect(codes(scan)[0]).toBe('SEPARATOR_REPLACED');
    }
    expect(ok(parse(german))).toMatchObject({ dateOfBirth: '1994-03-07', validTo: '2026-12-31' });
    // Only after a whole card or CCCD number, and only as a field separator, never for a bare number.
    expect(refused(parse('DN47979~1234~5678'))).toBe('UNRECOGNISED_SCAN');
    expect(refused(parse('DN4797912345678~'))).toBe('UNRECOGNISED_SCAN');
  });

  it('ignores a prefix the scanner was programmed to send, with a warning', () => {
    for (const raw of [`BHYT:${payload}`, `QR ${cccdQr(cccdCard)}`, `#${bhytQr(tenDigitCard)}`]) {
      const scan = ok(parse(raw));
      expect(scan.fullName).toMatch(/^(Đặng Thị Ỷ|Nguyễn Văn Giả)$/);
      expect(codes(scan)).toContain('PREFIX_REMOVED');
    }
    // Digits before a number are not a prefix: the number's length would be a guess.
    expect(refused(parse(`9${bhytQr(tenDigitCard)}`))).toBe('UNRECOGNISED_SCAN');
    // A card code of the right shape but a bad level is refused, not searched for inside.
    expect(refused(parse(bhytQr({ ...fifteenCharCard, card: 'DN0797912345678' })))).toBe('BAD_BENEFIT_LEVEL');
  });

  it.each([
    ['aa→â', 'aa', 'â'],
    ['ee→ê', 'ee', 'ê'],
    ['dd→đ', 'dd', 'đ'],
    ['af→à', 'af', 'à'],
    ['ef→è', 'ef', 'è'],
    ['aaf→ầ', 'aaf', 'ầ'],
    ['eef→ề', 'eef', 'ề'],
    ['AA→Â', 'AA', 'Â'],
    ['EE→Ê', 'EE', 'Ê'],
    ['DD→Đ', 'DD', 'Đ'],
    ['AF→À', 'AF', 'À'],
    ['EF→È', 'EF', 'È'],
    ['AAF→Ầ', 'AAF', 'Ầ'],
    ['EEF→Ề', 'EEF', 'Ề'],
  ])('reverses Telex %s in hex fields and warns', (_label, from, to) => {
    // The repair itself, on the bare sequence.
    expect(telexDamage(from)).toBe(to);
    expect(reverseTelex(to)).toBe(from);
    // And through the whole parser, on a name whose hex the IME rewrites that way (when one exists).
    const upper = from === from.toUpperCase();
    const name = telexNames.find((n) => telexDamage(hex(n, upper)).includes(to));
    if (!name) return;
    const raw = bhytQr({ ...fifteenCharCard, upperHex: upper }).replace(
      hex(fifteenCharCard.name, upper),
      telexDamage(hex(name, upper)),
    );
    const scan = ok(parse(raw));
    expect(scan.fullName).toBe(name);
    expect(codes(scan)).toContain('IME_REPAIRED');
  });

  it('finds real names for most Telex sequences (so the parser-level cases above do run)', () => {
    const hit = ['â', 'à', 'ầ', 'ê', 'è'].filter((to) =>
      telexNames.some((n) => telexDamage(hex(n)).includes(to)),
    );
    expect(hit.length).toBeGreaterThanOrEqual(4);
  });

  it('repairs Telex damage across every hex field and the check string at once', () => {
    const card = { ...fifteenCharCard, checkString: '4aaf59ee02659dd3-1202', guardian: 'Đoàn Văn Ẩn' };
    const raw = bhytQr(card)
      .split('|')
      .map((f, i) => ([1, 4, 10, 13].includes(i) ? telexDamage(f) : f))
      .join('|');
    expect(raw).not.toBe(bhytQr(card));
    const scan = ok(parse(raw));
    expect(scan).toMatchObject({
      fullName: card.name,
      address: card.address,
      guardianName: card.guardian,
      checkString: card.checkString,
    });
    expect(codes(scan)).toEqual(['IME_REPAIRED']);
  });

  it('repairs a short name whose damaged hex is under 8 characters (seen by the fuzz suite)', () => {
    const damaged = telexDamage(hex('A Ư'));
    expect(damaged).toBe('4120c6à');
    const scan = ok(parse(bhytQr(fifteenCharCard).replace(hex(fifteenCharCard.name), damaged)));
    expect(scan.fullName).toBe('A Ư');
    expect(codes(scan)).toEqual(['IME_REPAIRED']);
  });

  it('refuses irreversible IME damage (VNI digits turned into tones) with the IME message', () => {
    const vni = hex(fifteenCharCard.name).replace('c4', 'ĉ4').replace('e1', 'é1');
    const raw = bhytQr(fifteenCharCard).replace(hex(fifteenCharCard.name), vni);
    expect(refused(parse(raw))).toBe('IME_DAMAGE');
    const out = parse(raw);
    expect(!out.ok && out.error.message).toMatch(/tắt bộ gõ tiếng Việt/);
  });

  it('refuses a name whose hex lost characters instead of showing the hex as the name', () => {
    const h = hex(fifteenCharCard.name);
    for (const broken of [h.slice(0, -1), h.slice(0, 10) + h.slice(11), h.slice(0, -2)]) {
      const out = parse(bhytQr(fifteenCharCard).replace(h, broken));
      expect(refused(out)).toBe('NAME_UNREADABLE');
    }
  });

  it('drops an address whose hex lost characters, with a warning, and keeps the card', () => {
    const h = hex(fifteenCharCard.address!);
    const scan = ok(parse(bhytQr(fifteenCharCard).replace(h, h.slice(1))));
    expect(scan).toMatchObject({ fullName: 'Đặng Thị Ỷ', address: null });
    expect(codes(scan)).toEqual(['FIELD_UNREADABLE']);
  });

  it('keeps a plain-text name (some producers skip hex) with a warning, never "repairing" it', () => {
    const raw = bhytQr(fifteenCharCard).replace(hex(fifteenCharCard.name), 'Trần Văn Đàn');
    const scan = ok(parse(raw));
    expect(scan.fullName).toBe('Trần Văn Đàn');
    expect(codes(scan)).toEqual(['FIELD_NOT_HEX']);
  });
});

describe('card rules', () => {
  it('warns on an unknown object code and an unknown province, but accepts the card', () => {
    expect(codes(ok(parse('ZZ4010123456789')))).toEqual(['UNKNOWN_OBJECT_CODE']);
    expect(codes(ok(parse('DN4990123456789')))).toEqual(['UNKNOWN_PROVINCE']);
    expect(codes(ok(parse(bhytQr({ ...fifteenCharCard, card: 'QQ4037912345678' }))))).toEqual([
      'UNKNOWN_OBJECT_CODE',
      'UNKNOWN_PROVINCE',
    ]);
  });

  it('refuses a benefit level outside 1–5 and a malformed code', () => {
    expect(refused(parse('DN0010123456789'))).toBe('BAD_BENEFIT_LEVEL');
    expect(refused(parse('DN6010123456789'))).toBe('BAD_BENEFIT_LEVEL');
    expect(refused(parse(bhytQr({ ...fifteenCharCard, card: 'DN9797912345678' })))).toBe('BAD_BENEFIT_LEVEL');
    expect(refused(parse('DN4O10123456789'))).toBe('BAD_CARD_NUMBER');
  });

  it('warns when the card is expired or not yet valid on the desk date', () => {
    const card = bhytQr(fifteenCharCard);
    expect(codes(ok(parseScan(card, { today: '2027-01-01' })))).toEqual(['CARD_EXPIRED']);
    expect(codes(ok(parseScan(card, { today: '2025-12-31' })))).toEqual(['CARD_NOT_YET_VALID']);
    expect(codes(ok(parseScan(card, { today: '2026-12-31' })))).toEqual([]);
  });

  it('refuses dates that are not on the calendar, naming the field', () => {
    expect(refused(parse(bhytQr({ ...fifteenCharCard, dob: '29/02/1995' })))).toBe('BAD_DATE_OF_BIRTH');
    expect(ok(parse(bhytQr({ ...fifteenCharCard, dob: '29/02/1996' }))).dateOfBirth).toBe('1996-02-29');
    const out = parse(bhytQr({ ...fifteenCharCard, validTo: '31/04/2026' }));
    expect(refused(out)).toBe('BAD_DATE');
    expect(!out.ok && out.error.message).toMatch(/giá trị đến ngày/);
    expect(refused(parse(cccdQr({ ...cccdCard, dob: '32011985' })))).toBe('BAD_DATE_OF_BIRTH');
    expect(refused(parse(cccdQr({ ...cccdCard, issuedOn: '10132021' })))).toBe('BAD_DATE');
  });

  it('warns when the date of birth is after the desk date, at whatever precision it is known', () => {
    const future = (dob: string) => codes(ok(parse(bhytQr({ ...fifteenCharCard, dob }))));
    expect(future('16/06/2026')).toContain('DATE_OF_BIRTH_IN_FUTURE');
    expect(future('2027')).toContain('DATE_OF_BIRTH_IN_FUTURE');
    expect(future('15/06/2026')).not.toContain('DATE_OF_BIRTH_IN_FUTURE');
    expect(future('2026')).not.toContain('DATE_OF_BIRTH_IN_FUTURE');
    const cccd = (dob: string) => codes(ok(parse(cccdQr({ ...cccdCard, id: '001226999901', dob }))));
    expect(cccd('072026')).toContain('DATE_OF_BIRTH_IN_FUTURE');
    expect(cccd('062026')).not.toContain('DATE_OF_BIRTH_IN_FUTURE');
  });

  it('warns on an unknown gender code', () => {
    expect(codes(ok(parse(bhytQr({ ...fifteenCharCard, gender: '3' }))))).toEqual(['UNKNOWN_GENDER']);
    for (const [word, gender] of [
      ['Nữ', 'female'],
      ['NU', 'female'],
      ['Nam', 'male'],
    ] as const) {
      const scan = ok(parse(bhytQr({ ...fifteenCharCard, gender: word })));
      expect([scan.gender, codes(scan)]).toEqual([gender, []]);
    }
  });
});

describe('refusals', () => {
  it.each([
    ['', 'EMPTY_SCAN'],
    ['\r\n\0', 'EMPTY_SCAN'],
    ['hello world', 'UNRECOGNISED_SCAN'],
    ['12345', 'UNRECOGNISED_SCAN'],
    ['https://vssid.gov.vn|x|y', 'UNRECOGNISED_SCAN'],
    ['DN4797912345678|', 'QR_TRUNCATED'],
    ['001085999901|012999901|Nguyễn Văn Giả', 'QR_TRUNCATED'],
    ['DN4797912345678|-|07/03/1994|2|$', 'MISSING_NAME'],
    [`DN4797912345678|${hex('An')}|7/3/94|2|$`, 'BAD_DATE_OF_BIRTH'],
    ['001085999901||   |15051985|Nam|x|10042021', 'MISSING_NAME'],
  ])('%j → %s', (raw, code) => {
    expect(refused(parse(raw))).toBe(code);
  });
});
