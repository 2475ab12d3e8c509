// Object codes (mã đối tượng, first two letters of a 15-char card) with their usual benefit level, from
// QĐ 1351/QĐ-BHXH (2015) as amended by QĐ 1018/QĐ-BHXH (2024). A person in several groups gets the highest
// level, so the level on a card may differ from its group's usual one: we only warn on unknown codes,
// never enforce this table (../shared/docs/cards-and-qr.md §3).
// prettier-ignore
const byUsualLevel: Record<number, string[]> = {
  1: ['CC', 'TE'],
  2: ['CK', 'CB', 'KC', 'HN', 'DT', 'DK', 'XD', 'BT', 'TS', 'CT', 'AK'],
  3: ['HT', 'TC', 'CN', 'PV', 'TG', 'DS', 'HK'],
  4: [
    'DN', 'HX', 'CH', 'NN', 'TK', 'HC', 'XK', 'TB', 'NO', 'XB', 'XN', 'TN', 'CS', 'MS', 'HD', 'TQ', 'TA', 'TY',
    'TV', 'HG', 'LS', 'HS', 'SV', 'GB', 'GD', 'LH', 'ND', 'TH', 'TD', 'TU', 'BA',
  ],
  5: ['QN', 'CA', 'CY'],
};

/** Pre-2015 codes still met on old cards (mapped to GD4 by BHXH). */
const historic = ['TL', 'XV'];

export const knownObjectCodes: ReadonlySet<string> = new Set([
  ...Object.values(byUsualLevel).flat(),
  ...historic,
]);
