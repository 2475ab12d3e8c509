// The simulator accepts what other clients send (bhxh-gateway.md §1–2, §5): form or JSON bodies, MD5 in
// either case, the official example's `ddMMyyyy` date; and answers a bad token with body-401 by default,
// HTTP 401 when switched. Raw requests, so nothing of our own client can hide a gap.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { hung } from './gateway-fixtures';

let sim: SimulatorHandle;
beforeAll(async () => (sim = await startSimulator()));
afterAll(() => sim.close());

const md5 = (upper: boolean) => {
  const h = createHash('md5').update(trainingAccount.password).digest('hex');
  return upper ? h.toUpperCase() : h;
};
const officer = { hoTenCb: trainingAccount.officerName, cccdCb: trainingAccount.officerCccd };

async function post(path: string, body: Record<string, string>, asJson: boolean) {
  const res = await fetch(sim.url + path, {
    method: 'POST',
    headers: { 'content-type': asJson ? 'application/json' : 'application/x-www-form-urlencoded' },
    body: asJson ? JSON.stringify(body) : new URLSearchParams(body).toString(),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function check(asJson: boolean, upper: boolean, body: Record<string, string>, token?: string) {
  const login = await post('/api/token/take', { username: '01832_BV', password: md5(upper) }, asJson);
  expect(login.json.maKetQua).toBe('200');
  const key = login.json.APIKey as { access_token: string; id_token: string; expires_in: string };
  const query = new URLSearchParams({
    token: token ?? key.access_token,
    id_token: key.id_token,
    username: '01832_BV',
    password: md5(upper),
  });
  return { key, ...(await post(`/api/egw/KQNhanLichSuKCB2024?${query}`, { ...body, ...officer }, asJson)) };
}

it.each([
  ['form, upper-case MD5', false, true],
  ['form, lower-case MD5', false, false],
  ['JSON, lower-case MD5', true, false],
])('%s: login and check both answer', async (_l, asJson, upper) => {
  const r = await check(asJson, upper, hung);
  expect([r.status, r.json.maKetQua, r.json.maThe]).toEqual([200, '000', hung.maThe]);
  // expires_in: an ISO timestamp 10 minutes ahead (as both captured samples).
  expect(Date.parse(r.key.expires_in) - Date.now()).toBeGreaterThan(9.9 * 60_000);
  expect(Date.parse(r.key.expires_in) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
});

it("accepts the official example's ddMMyyyy date of birth", async () => {
  expect((await check(true, true, { ...hung, ngaySinh: '15081985' })).json.maKetQua).toBe('000');
});

it('a bad token: HTTP 200 + maKetQua "401" by default, HTTP 401 when switched', async () => {
  expect(await check(true, true, hung, 'not-a-token')).toMatchObject({
    status: 200,
    json: { maKetQua: '401' },
  });
  sim.setFaults({ http401Mode: true });
  try {
    expect((await check(true, true, hung, 'not-a-token')).status).toBe(401);
  } finally {
    sim.setFaults({ http401Mode: false });
  }
});

it('bad credentials at login: HTTP 200 + maKetQua "401" and no token', async () => {
  const r = await post(
    '/api/token/take',
    { username: '01832_BV', password: md5(true).slice(1) + '0' },
    false,
  );
  expect([r.status, r.json.maKetQua, r.json.APIKey]).toEqual([200, '401', undefined]);
});

it('GET /admin/demo-cases lists a card, name and DOB for every patient-facing result code', async () => {
  const cases = (await fetch(`${sim.url}/admin/demo-cases`).then((r) => r.json())) as {
    code: string;
    maThe: string;
  }[];
  const codes = new Set(cases.map((c) => c.code));
  for (const code of '000 001 002 003 004 010 050 051 052 053 060 061 070 100 101 110 120 121 122 123 124 130 205'.split(
    ' ',
  ))
    expect(codes.has(code), code).toBe(true);
});
