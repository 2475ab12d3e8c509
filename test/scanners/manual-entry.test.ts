// The manual-entry model as a receptionist types, keystroke by keystroke.
import { describe, expect, it } from 'vitest';
import { checkManualEntry, type ManualEntryDraft } from '../../renderer/capture/manual-entry';

const today = '2026-01-10';
const check = (d: Partial<ManualEntryDraft>) =>
  checkManualEntry({ id: '', fullName: '', dateOfBirth: '', ...d }, { today, clock: () => 42 });

describe('manual entry', () => {
  it('accepts a 15-char card typed in lowercase with spaces, a 10-digit BHXH number and a 12-digit CCCD', () => {
    const card = check({ id: 'gd4 01 0199999903', fullName: ' Trần  Thị Mẫu ', dateOfBirth: '01/02/1962' });
    expect(card.submission).toMatchObject({
      scan: { raw: 'GD4010199999903', source: 'manual', receivedAt: 42 },
      parsed: { kind: 'card-number', objectCode: 'GD', benefitLevel: 4, provinceCode: '01' },
      fullName: 'Trần Thị Mẫu',
      dateOfBirth: '1962-02-01',
    });
    expect(
      check({ id: '0199999901', fullName: 'Nguyễn Văn Giả', dateOfBirth: '1985' }).submission?.parsed.kind,
    ).toBe('bhxh-number');
    const cccd = check({ id: '001085999901', fullName: 'Nguyen Van Gia', dateOfBirth: '15051985' });
    expect(cccd.submission?.parsed.kind).toBe('citizen-id');
    expect(cccd.submission?.warnings).toEqual([]);
  });

  it('says "keep typing", not "wrong", while a valid code is still being typed', () => {
    const steps = ['g', 'gd', 'gd4', 'gd40', 'GD401019999990', '0', '019999990', '01999999011'];
    for (const id of steps) expect([id, check({ id }).id.state]).toEqual([id, 'incomplete']);
    expect(check({ id: 'gd4010199999903' }).id.state).toBe('ok');
    expect(check({ id: '0199999901' }).id.state).toBe('ok');
    expect(check({}).id.state).toBe('empty');
  });

  it('rejects impossible codes with the parser’s own reason, and keeps the draft exactly as typed', () => {
    const draft = { id: 'gd6 01 0199999903', fullName: 'Trần Thị Mẫu', dateOfBirth: '31/02/1962' };
    const result = checkManualEntry(draft, { today });
    expect(result.id).toMatchObject({ state: 'invalid', message: { code: 'BAD_BENEFIT_LEVEL' } });
    expect(result.dateOfBirth.state).toBe('invalid');
    expect(result.submission).toBeNull();
    expect(result.draft).toBe(draft);
    expect(draft).toEqual({ id: 'gd6 01 0199999903', fullName: 'Trần Thị Mẫu', dateOfBirth: '31/02/1962' });
    expect(check({ id: '1234567890123' }).id.state).toBe('invalid');
    expect(check({ id: 'G1' }).id.state).toBe('invalid');
    expect(check({ id: 'GD4010199999903' }).id.message).toBeNull();
  });

  it('requires a name and a date of birth (the gateway needs both), in Vietnamese first', () => {
    const r = check({ id: '0199999901' });
    expect(r.submission).toBeNull();
    expect(r.fullName.message?.message).toBe('Cần nhập họ tên (cổng BHXH yêu cầu).');
    expect(r.dateOfBirth.message?.code).toBe('MANUAL_DOB_REQUIRED');
    // A name with digits is there but wrong: saying "name required" would confuse whoever typed it.
    const typo = check({ fullName: 'Nguyễn Văn 2' }).fullName;
    expect([typo.state, typo.message?.code]).toEqual(['invalid', 'MANUAL_NAME_INVALID']);
  });

  it('checks the date of birth as typed: partial, complete, impossible, in the future', () => {
    expect(check({ dateOfBirth: '15/0' }).dateOfBirth.state).toBe('incomplete');
    expect(check({ dateOfBirth: '15/05/19' }).dateOfBirth.state).toBe('incomplete');
    expect(check({ dateOfBirth: '1/8/2006' }).dateOfBirth.state).toBe('ok');
    expect(check({ dateOfBirth: '15-05-1985' }).dateOfBirth.state).toBe('ok');
    expect(check({ dateOfBirth: '29/02/2023' }).dateOfBirth.state).toBe('invalid');
    expect(check({ dateOfBirth: '11/01/2026' }).dateOfBirth.state).toBe('invalid');
    expect(check({ dateOfBirth: 'ngày 1' }).dateOfBirth.state).toBe('invalid');
  });

  it('warns when a typed CCCD contradicts the typed birth year', () => {
    // 001 085 …: a man born in 1985 (cards-and-qr.md §4).
    const r = check({ id: '001085999901', fullName: 'Nguyễn Văn Giả', dateOfBirth: '15/05/1958' });
    expect(r.submission?.warnings.map((w) => w.code)).toEqual(['CITIZEN_ID_BIRTH_YEAR_MISMATCH']);
  });
});
