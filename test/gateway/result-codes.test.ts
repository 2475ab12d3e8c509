// The client against the real simulator over HTTP, for every result code of CV 1923 Phụ lục 03 §4.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { GatewayError } from '../../electron/services/gateway/gateway-error';
import { MAX_CHECKS_KEPT } from '../../electron/services/simulator/card-rules';
import { demoCases } from '../../electron/services/simulator/seed-cards';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { resultCodes } from '../../shared/gateway/result-codes';
import { bench, demoConfig, hung, rejection } from './gateway-fixtures';

let sim: SimulatorHandle;
let client: GatewayClient;
beforeAll(async () => ({ sim, client } = await bench()));
afterAll(() => sim.close());

describe('every demo case answers its result code', () => {
  for (const c of demoCases(Date.now())) {
    it(`${c.code}: ${c.note}`, async () => {
      const r = await client.checkCard(c);
      expect(r.code).toBe(c.code);
      expect(r.known).toBe(true);
      expect(r.severity).toBe(resultCodes[c.code]!.severity);
      expect(r.message).toBe(resultCodes[c.code]!.vi);
      expect(r.ghiChu).not.toBe('');
      // Card data only where the gateway gives it (000–004, 130).
      expect(r.card !== null).toBe(['000', '001', '002', '003', '004', '130'].includes(c.code));
    });
  }
});

describe('officer identity and account (CV 1923)', () => {
  it('054 when the officer CCCD is not registered, 055 when the name does not match it', async () => {
    const stranger = new GatewayClient(demoConfig(sim.url, { officerCccd: '001199999999' }));
    const r054 = await stranger.checkCard(hung);
    expect([r054.code, r054.severity]).toEqual(['054', 'configuration-error']);
    const wrongName = new GatewayClient(demoConfig(sim.url, { officerName: 'Trần Thị Bình' }));
    const r055 = await wrongName.checkCard(hung);
    expect([r055.code, r055.severity]).toEqual(['055', 'configuration-error']);
    // The officer's name is compared like patients' names: case and Vietnamese diacritics do not matter.
    const lower = new GatewayClient(demoConfig(sim.url, { officerName: 'nguyen thi binh' }));
    expect((await lower.checkCard(hung)).code).toBe('000');
  });

  it('a wrong password rejects with an auth GatewayError, not a result', async () => {
    const bad = new GatewayClient(demoConfig(sim.url, { password: 'sai-mat-khau' }));
    const e = await rejection(bad.checkCard(hung));
    expect(e).toBeInstanceOf(GatewayError);
    expect([e.kind, e.code, e.retryable]).toEqual(['auth', '401', false]);
    expect(e.messageEn).toMatch(/username or password/);
  });

  it('the table covers every official code', () => {
    const official =
      '000 001 002 003 004 010 051 052 053 050 060 061 070 100 101 110 120 121 122 123 124 130 205 401 054 055';
    for (const code of official.split(' ')) expect(resultCodes[code], code).toBeDefined();
    const demoed = new Set(demoCases(Date.now()).map((c) => c.code));
    for (const code of official.split(' '))
      if (!['401', '054', '055'].includes(code)) expect(demoed.has(code), code).toBe(true);
  });
});

describe('what the desk does next', () => {
  it('003/004: the new card and its dates', async () => {
    const r = await client.checkCard({
      maThe: 'DN4790678901234',
      hoTen: 'Trương Thị Hạnh',
      ngaySinh: '07/07/1964',
    });
    expect(r.code).toBe('003');
    expect(r.suggestion).toMatchObject({ kind: 'use-new-card', maThe: 'HT3790678901234', maDKBD: '79032' });
    expect(r.card?.maTheMoi).toBe('HT3790678901234');
    expect(r.card?.gtTheDenMoi).toMatch(/^\d{4}-12-31$/);
    const r4 = await client.checkCard({
      maThe: 'SV4480789012345',
      hoTen: 'Huỳnh Ngọc Ánh',
      ngaySinh: '2003-10-23',
    });
    expect(r4.code).toBe('004');
    expect(r4.suggestion).toMatchObject({ kind: 'use-new-card', maThe: 'GD4480789012345' });
  });

  it('003/004: checking the suggested new card finds it valid, with the old one as maTheCu', async () => {
    for (const [old, hoTen, ngaySinh] of [
      ['DN4790678901234', 'Trương Thị Hạnh', '07/07/1964'],
      ['SV4480789012345', 'Huỳnh Ngọc Ánh', '23/10/2003'],
    ] as const) {
      const first = await client.checkCard({ maThe: old, hoTen, ngaySinh });
      if (first.suggestion?.kind !== 'use-new-card') throw new Error(`${old}: no new card suggested`);
      const next = await client.checkCard({ maThe: first.suggestion.maThe, hoTen, ngaySinh });
      expect([next.code, next.card?.maThe, next.card?.maTheCu], old).toEqual([
        '000',
        first.suggestion.maThe,
        old,
      ]);
      expect([next.card?.gtTheTu, next.card?.gtTheDen]).toEqual([
        first.suggestion.gtTheTu,
        first.suggestion.gtTheDen,
      ]);
    }
  });

  it('070: the registered DOB, and a re-check with it passes', async () => {
    const r = await client.checkCard({ ...hung, ngaySinh: '1984' });
    expect(r.code).toBe('070');
    expect(r.registeredDob).toBe('1985-08-15');
    expect(r.suggestion).toEqual({ kind: 'retry-with-dob', ngaySinh: '15/08/1985' });
    const again = await client.checkCard({
      ...hung,
      ngaySinh: (r.suggestion as { ngaySinh: string }).ngaySinh,
    });
    expect(again.code).toBe('000');
  });

  it('060 for an ethnic-minority name with Ŏ; the suggested name without the breve passes', async () => {
    const sent = { maThe: 'DT2660345678901', hoTen: 'Y Bŏ Niê', ngaySinh: '12/03/1979' };
    const r = await client.checkCard(sent);
    expect(r.code).toBe('060');
    expect(r.sent.hoTen).toBe('Y Bŏ Niê');
    expect(r.suggestion).toEqual({ kind: 'retry-with-name', hoTen: 'Y Bo Niê' });
    expect((await client.checkCard({ ...sent, hoTen: 'Y Bo Niê' })).code).toBe('000');
  });

  it('normalises the card: ISO dates, XML0 gender, always the 15-char code, history newest first', async () => {
    const r = await client.checkCard({ maThe: '0123456789', hoTen: 'ĐẶNG VĂN HÙNG', ngaySinh: '1985-08-15' });
    expect(r.code).toBe('000');
    expect(r.card).toMatchObject({
      maThe: 'DN4010123456789',
      ngaySinh: '1985-08-15',
      gioiTinh: 1,
      gioiTinhText: 'Nam',
    });
    expect(r.card?.gtTheTu).toMatch(/^\d{4}-01-01$/);
    expect(r.history).toHaveLength(2);
    expect(r.history[0]!.ngayVao! > r.history[1]!.ngayVao!).toBe(true);
    const yearOnly = await client.checkCard({
      maThe: 'HT3010234567890',
      hoTen: 'Nguyễn Thị Ỷ',
      ngaySinh: '1948',
    });
    expect([yearOnly.code, yearOnly.card?.ngaySinh, yearOnly.card?.gioiTinh]).toEqual(['000', '1948', 2]);
  });

  it("today's checks: a card checked elsewhere this morning, and each check here adds one", async () => {
    const mai = { maThe: 'DN4010123000777', hoTen: 'Ngô Thị Mai', ngaySinh: '30/04/1975' };
    const first = await client.checkCard(mai);
    expect(first.alreadyCheckedToday).toBe(true);
    expect(first.checksToday[0]).toMatchObject({ userKT: '01094_BV', maLoi: '000' });
    const second = await client.checkCard(mai);
    expect(second.checksToday).toHaveLength(2);
    expect(second.checksToday[1]).toMatchObject({ userKT: '01832_BV', maLoi: '000' });
  });

  it('our own check of a minute ago is a re-scan, one of an hour ago an earlier visit', async () => {
    let clock = Date.now();
    const fresh = await startSimulator();
    onTestFinished(() => fresh.close());
    const own = new GatewayClient(demoConfig(fresh.url), { now: () => clock });
    const card = { maThe: 'HT3010234567890', hoTen: 'Nguyễn Thị Ỷ', ngaySinh: '1948' };
    await own.checkCard(card);
    const rescan = await own.checkCard(card);
    expect([rescan.checksToday.length, rescan.alreadyCheckedToday]).toEqual([1, false]);
    clock += 60 * 60_000; // the desk's clock: an hour later (the gateway keeps its time stamps)
    expect((await own.checkCard(card)).alreadyCheckedToday).toBe(true);
  });

  it('our own refused check (wrong DOB), corrected minutes later, is the same encounter', async () => {
    const fresh = await startSimulator();
    onTestFinished(() => fresh.close());
    let clock = Date.now();
    const own = new GatewayClient(demoConfig(fresh.url), { now: () => clock });
    expect((await own.checkCard({ ...hung, ngaySinh: '16/08/1985' })).code).toBe('070');
    clock += 5 * 60_000; // the desk's clock; the gateway stamped the 070 at its own time
    const corrected = await own.checkCard(hung);
    expect([corrected.code, corrected.checksToday.length, corrected.alreadyCheckedToday]).toEqual([
      '000',
      1,
      false,
    ]);
    // A refused check made elsewhere still counts: someone tried this card at another facility today.
    const y = { maThe: 'HT3010234567890', hoTen: 'Nguyễn Thị Ỷ', ngaySinh: '1949' };
    expect((await own.checkCard(y)).code).toBe('070');
    const elsewhere = new GatewayClient(
      demoConfig(fresh.url, { username: '79032_BV', password: 'daotao79032' }),
    );
    expect((await elsewhere.checkCard({ ...y, ngaySinh: '1948' })).alreadyCheckedToday).toBe(true);
  });
});

it('an unknown code is shown verbatim, never swallowed or treated as usable', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kcb-seed-'));
  const seedFile = join(dir, 'seed.json');
  const card = {
    ...hung,
    maThe: 'DN4010123450000',
    gioiTinh: 'Nam',
    diaChi: 'Hà Nội',
    maDKBD: '01832',
    cqBHXH: 'BHXH',
  };
  const note = 'Thẻ BHYT đang tạm khóa để xác minh';
  writeFileSync(
    seedFile,
    JSON.stringify({
      cards: [{ ...card, gtTheTu: '01/01/2020', gtTheDen: '31/12/2099', status: '131', statusNote: note }],
    }),
  );
  const own = await startSimulator({ seedFile });
  try {
    const r = await new GatewayClient(demoConfig(own.url)).checkCard({ ...hung, maThe: card.maThe });
    expect([r.code, r.known, r.severity, r.ghiChu]).toEqual(['131', false, 'blocked', note]);
    expect(r.message).toContain('131');
    expect(r.message).toContain(note);
  } finally {
    await own.close();
  }
});

it("keeps a card's list of today's checks bounded however often it is checked", async () => {
  const fresh = await startSimulator();
  try {
    const c = new GatewayClient(demoConfig(fresh.url));
    for (let i = 0; i < MAX_CHECKS_KEPT + 5; i++) await c.checkCard(hung);
    const r = await c.checkCard(hung);
    expect(r.checksToday).toHaveLength(MAX_CHECKS_KEPT);
  } finally {
    await fresh.close();
  }
});
