// Answers a real gateway or a proxy in front of it may give that the simulator does not: a login whose
// expires_in is not the documented ISO timestamp, a blank maKetQua. Served over HTTP on 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { demoConfig, hung, rejection } from './gateway-fixtures';

/** A gateway answering `login` for token/take and `check` for everything else; counts logins. */
async function fakeGateway(login: unknown, check: unknown) {
  const seen = { logins: 0 };
  const server = createServer((req, res) => {
    const isLogin = req.url?.startsWith('/api/token/take');
    if (isLogin) seen.logins++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(isLogin ? login : check));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const token = {
  access_token: 'YWJj',
  id_token: '0f8fad5b-d9cb-469f-a165-70867728950e',
  token_type: 'Bearer',
};
const ok = { maKetQua: '000', ghiChu: 'Thẻ còn giá trị sử dụng!', maThe: hung.maThe, hoTen: hung.hoTen };

describe('login answers', () => {
  it.each([
    ['seconds instead of a timestamp', { expires_in: 600 }],
    ['no expires_in at all', {}],
    ['null', { expires_in: null }],
  ])('expires_in as %s: the token is used and kept for the observed 10 minutes', async (_l, expiry) => {
    const gw = await fakeGateway({ maKetQua: '200', APIKey: { ...token, ...expiry } }, ok);
    const client = new GatewayClient(demoConfig(gw.url));
    expect((await client.checkCard(hung)).code).toBe('000');
    expect((await client.checkCard(hung)).code).toBe('000');
    expect(gw.seen.logins).toBe(1);
    expect(client.answeredBySimulator).toBe(false); // not our simulator: no training label
  });

  it('expires_in as a bare number is seconds from now (not the year 36000)', async () => {
    let clock = Date.now();
    const gw = await fakeGateway({ maKetQua: '200', APIKey: { ...token, expires_in: '120' } }, ok);
    const client = new GatewayClient(demoConfig(gw.url), { now: () => clock });
    await client.checkCard(hung);
    clock += 59_000; // inside 120 s − 60 s
    await client.checkCard(hung);
    expect(gw.seen.logins).toBe(1);
    clock += 2_000;
    await client.checkCard(hung);
    expect(gw.seen.logins).toBe(2);
  });

  it('a login without a token is still malformed', async () => {
    const gw = await fakeGateway({ maKetQua: '200', APIKey: { expires_in: '2030-01-01T00:00:00Z' } }, ok);
    expect((await rejection(new GatewayClient(demoConfig(gw.url)).checkCard(hung))).kind).toBe('malformed');
  });
});

it.each([[''], ['   '], [null]])(
  'a check answer with maKetQua %j is malformed, not a result',
  async (code) => {
    const gw = await fakeGateway(
      { maKetQua: '200', APIKey: { ...token, expires_in: '2099-01-01T00:00:00Z' } },
      {
        ...ok,
        maKetQua: code,
      },
    );
    const e = await rejection(new GatewayClient(demoConfig(gw.url)).checkCard(hung));
    expect(e.kind).toBe('malformed');
  },
);

describe('card answers as other gateway builds write them', () => {
  const login = { maKetQua: '200', APIKey: { ...token, expires_in: '2099-01-01T00:00:00Z' } };
  const visit = (ngayVao: string, maHoSo: string) => ({
    maHoSo,
    maCSKCB: '01094',
    ngayVao,
    ngayRa: '',
    tenBenh: '',
  });

  it('history oldest first comes back newest first; times are read as Vietnam wall-clock', async () => {
    const history = [
      visit('202301020800', 'old'),
      visit('202412311745', 'new'),
      visit('202406150930', 'mid'),
    ];
    const gw = await fakeGateway(login, { ...ok, dsLichSuKCB2018: history, dsLichSuKT2018: null });
    const r = await new GatewayClient(demoConfig(gw.url)).checkCard(hung);
    expect(r.history.map((h) => [h.maHoSo, h.ngayVao])).toEqual([
      ['new', '2024-12-31T17:45'],
      ['mid', '2024-06-15T09:30'],
      ['old', '2023-01-02T08:00'],
    ]);
    expect([r.checksToday, r.alreadyCheckedToday]).toEqual([[], false]);
  });

  it('null fields, numeric codes and an unreadable time do not sink the check', async () => {
    const gw = await fakeGateway(login, {
      ...ok,
      maKetQua: 0, // some builds send the code as a number
      gioiTinh: null,
      gtTheTu: null,
      dsLichSuKCB2018: [{ ...visit('2024-06-15', 'x'), tinhTrang: 1, kqDieuTri: null }],
      dsLichSuKT2018: [{ userKT: '01094_BV', thoiGianKT: '202406150930', thongBao: null, maLoi: 0 }],
    });
    const r = await new GatewayClient(demoConfig(gw.url)).checkCard(hung);
    expect([r.code, r.card?.gioiTinh, r.card?.gtTheTu]).toEqual(['000', 3, null]);
    expect(r.history[0]).toMatchObject({ ngayVao: null, tinhTrang: '1', kqDieuTri: '' });
    expect(r.checksToday[0]).toMatchObject({ thoiGianKT: '2024-06-15T09:30', thongBao: '', maLoi: '0' });
    expect(r.alreadyCheckedToday).toBe(true);
  });
});
