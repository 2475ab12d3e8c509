// The simulator's card check against the documented order (bhxh-gateway.md §5) and the official ghiChu
// format (CV 1923 Phụ lục 03 example), and the desk's severity of each code as issue #3 states it: each
// request below breaks two rules, and the one checked first must win.
import { describe, expect, it } from 'vitest';
import type { CheckParams } from '../../electron/services/simulator/card-rules';
import { CardRegistry } from '../../electron/services/simulator/card-rules';
import { builtinSeed, trainingAccount } from '../../electron/services/simulator/seed-cards';
import { vnClock } from '../../shared/time/vietnam-time';
import { resultCodes } from '../../shared/gateway/result-codes';

const now = Date.now();
const seed = builtinSeed(now);
const officer = { hoTenCb: trainingAccount.officerName, cccdCb: trainingAccount.officerCccd };
const hung = { maThe: 'DN4010123456789', hoTen: 'Đặng Văn Hùng', ngaySinh: '15/08/1985', ...officer };
const answer = (p: Partial<CheckParams>) =>
  new CardRegistry(seed.cards, seed.officers, now).check({ ...hung, ...p }, { now, username: '01832_BV' });
const code = (p: Partial<CheckParams>) => answer(p).maKetQua;

describe('check order: params → officer → format → existence → QN/CA → name → DOB → status', () => {
  it.each([
    ['205 before 054: no name, unknown officer', { hoTen: '', cccdCb: '001199999999' }, '205'],
    ['054 before 051: unknown officer, malformed card', { cccdCb: '001199999999', maThe: 'XY4010123456789' }, '054'],
    ['055 before 051: officer name wrong, malformed card', { hoTenCb: 'Trần Thị Bình', maThe: 'XY4010123456789' }, '055'],
    ['051 before 050: unknown object code', { maThe: 'XY4019999999999' }, '051'],
    ['053 before 052: level 7 and province 99', { maThe: 'DN7990123456789' }, '053'],
    ['050: well formed, not registered', { maThe: 'DN4010999999999' }, '050'],
    ['001 before the name: armed forces card, another name', { maThe: 'QN5010456789012', hoTen: 'Ai Đó' }, '001'],
    ['060 before 070: wrong name and DOB', { hoTen: 'Trần Văn Hùng', ngaySinh: '01/01/1900' }, '060'],
    ['070 before 120: cancelled card, wrong DOB', { maThe: 'GD4270120120120', hoTen: 'Trịnh Thị Thu', ngaySinh: '1971' }, '070'],
    ['120 before 010-validity: cancelled card', { maThe: 'GD4270120120120', hoTen: 'Trịnh Thị Thu', ngaySinh: '14/02/1970' }, '120'],
  ])('%s', (_label, p, expected) => expect(code(p)).toBe(expected)); // prettier-ignore

  it('070 carries the registered DOB; error answers carry no card', () => {
    const r = answer({ ngaySinh: '16/08/1985' });
    expect([r.maKetQua, r.ngaySinh, r.maThe, r.dsLichSuKCB2018]).toEqual(['070', '15/08/1985', null, null]);
  });

  it('looks the card up by 15-char code, 10-digit mã số BHXH and 12-digit CCCD; answers the 15-char code', () => {
    for (const maThe of ['DN4010123456789', '0123456789', '001085012345'])
      expect([code({ maThe }), answer({ maThe }).maThe]).toEqual(['000', 'DN4010123456789']);
  });
});

it('builds ghiChu in the official format', () => {
  const r = answer({});
  const y = vnClock(now).year; // the demo cards are dated in Vietnam's year (UTC+7)
  expect(r.ghiChu).toBe(
    'Thẻ còn giá trị sử dụng! Họ tên : Đặng Văn Hùng, Ngày sinh: 15/08/1985, Giới tính : Nam! ' +
      `(ĐC: Phường Phú Lãm, Quận Hà Đông, Thành phố Hà Nội; Nơi KCBBĐ: 01832; Hạn thẻ: 01/01/${y} - 31/12/${y}; ` +
      `Thời điểm đủ 5 năm liên tục: 01/06/${y - 3}).`,
  );
  expect(answer({ ngaySinh: '1900' }).ghiChu).toBe('Thẻ BHYT sai ngày sinh!');
});

describe('what each code means for the desk (issue #3)', () => {
  const severity: Record<string, string> = {
    '000': 'usable',
    '001': 'usable-with-attention', '002': 'usable-with-attention',
    '003': 'usable-with-attention', '004': 'usable-with-attention', '130': 'usable-with-attention',
    '010': 'blocked', '050': 'blocked', '051': 'blocked', '052': 'blocked', '053': 'blocked',
    '060': 'blocked', '061': 'blocked', '070': 'blocked', '110': 'blocked', '120': 'blocked',
    '121': 'blocked', '122': 'blocked', '123': 'blocked', '124': 'blocked', '205': 'blocked',
    '100': 'retry-later', '101': 'retry-later',
    '054': 'configuration-error', '055': 'configuration-error', '401': 'configuration-error',
  }; // prettier-ignore

  it.each(Object.entries(severity))('%s is %s', (c, s) => expect(resultCodes[c]?.severity).toBe(s));

  it.each([
    [['001', '002'], /giấy tờ tùy thân/, /photo ID/],
    [['003', '004'], /mã thẻ mới/, /new card/],
    [['070'], /ngày sinh đã đăng ký/, /registered date of birth/],
    [['060', '061'], /chữ dân tộc/, /ethnic-minority/],
    [['054', '055'], /Quản trị viên/, /administrator/],
    [['401'], /mật khẩu/, /password/],
  ])('%s: the action says what to do', (codes, vi, en) => {
    for (const c of codes) {
      expect(resultCodes[c]!.action.vi, c).toMatch(vi);
      expect(resultCodes[c]!.action.en, c).toMatch(en);
    }
  });
});
