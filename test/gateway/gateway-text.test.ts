// Pure helpers of the gateway contract: names as the gateway compares them, and its date formats.
import { describe, expect, it } from 'vitest';
import { maskCardNumber } from '../../electron/services/gateway/redact';
import {
  gatewayDateToIso,
  gatewayTimeToIso,
  parseDobInput,
  toGatewayDob,
} from '../../shared/gateway/gateway-dates';
import { vnStamp } from '../../shared/time/vietnam-time';
import { hasEthnicDiacritics, nameMatchKey, stripEthnicDiacritics } from '../../shared/gateway/names';
import { describeResultCode, resultCodes } from '../../shared/gateway/result-codes';

describe('ethnic-minority letters', () => {
  it('strips Ĕ Ŏ Ŭ Č Ƀ Ñ to base letters and keeps every Vietnamese letter', () => {
    expect(stripEthnicDiacritics('Y Bŏ Niê')).toBe('Y Bo Niê');
    expect(stripEthnicDiacritics('H’Ĕn Ƀyă Čil Ŭn Ñu')).toBe('H’En Byă Cil Un Nu');
    const vietnamese = 'Đặng Thị Ỷ Nguyễn Văn Ắt Ơn Ưng Ẫn Ồ';
    expect(stripEthnicDiacritics(vietnamese)).toBe(vietnamese);
    expect(hasEthnicDiacritics(vietnamese)).toBe(false);
    expect(hasEthnicDiacritics('Y Bŏ Niê')).toBe(true);
  });

  it('match keys ignore case and Vietnamese diacritics but not ethnic ones', () => {
    expect(nameMatchKey('Đặng  văn hùng')).toBe(nameMatchKey('DANG VAN HUNG'));
    expect(nameMatchKey('Nguyễn Thị Ỷ')).toBe('NGUYEN THI Y');
    expect(nameMatchKey('Y Bŏ Niê')).not.toBe(nameMatchKey('Y Bo Niê'));
  });
});

describe('gateway dates', () => {
  it('date of birth to ngaySinh: dd/MM/yyyy, or yyyy when the day is unknown', () => {
    expect(toGatewayDob('1985-08-15')).toBe('15/08/1985');
    expect(toGatewayDob('15/08/1985')).toBe('15/08/1985');
    expect(toGatewayDob('1948')).toBe('1948');
    expect(toGatewayDob('1990-07')).toBe('1990');
    expect(toGatewayDob('31/02/1990')).toBeNull();
    expect(parseDobInput('1/8/2006')).toBe('2006-08-01');
  });

  it('card dates and history times to ISO; Vietnam time whatever the host zone', () => {
    expect(gatewayDateToIso('31/12/2026')).toBe('2026-12-31');
    expect(gatewayDateToIso('')).toBeNull();
    expect(gatewayTimeToIso('202404020822')).toBe('2024-04-02T08:22');
    expect(gatewayTimeToIso('202413020822')).toBeNull();
    expect(vnStamp(Date.UTC(2026, 10, 23, 17, 30))).toBe('202611240030');
  });
});

describe('result codes', () => {
  it('every entry has both texts and an action; unknown codes keep the code and note', () => {
    for (const [code, info] of Object.entries(resultCodes)) {
      expect(info.vi && info.en && info.action.vi && info.action.en, code).toBeTruthy();
    }
    const u = describeResultCode('999', 'Ghi chú lạ');
    expect([u.known, u.severity, u.vi]).toEqual([false, 'blocked', 'Mã kết quả 999: Ghi chú lạ']);
  });

  it('masks card numbers for logs', () => {
    expect(maskCardNumber('DN4010123456789')).toBe('DN401*******789');
    expect(maskCardNumber('001085012345')).toBe('*********345');
  });
});

it('gateway refusal texts reach the caller with card and ID numbers masked', async () => {
  const { refusedError } = await import('../../electron/services/gateway/gateway-error');
  const e = refusedError('400', 'Thẻ DN4010123456789 / CCCD 001085012345 đã gửi');
  expect(e.message).toContain('DN401*******789');
  expect(e.message).toContain('*********345');
  expect(e.message + e.messageEn).not.toMatch(/DN4010123456789|001085012345/);
});
