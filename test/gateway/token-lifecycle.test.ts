// Login, token caching and the 401 dance (bhxh-gateway.md §1, §4), against the simulator over HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { bench, demoConfig, hung, rejection } from './gateway-fixtures';
import { xml } from './xml0-fixtures';

let sim: SimulatorHandle | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('token cache', () => {
  it('logs in once for many checks, and once for concurrent first checks', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    await Promise.all(Array.from({ length: 8 }, () => client.checkCard(hung)));
    await client.checkCard(hung);
    expect(client.loginCount).toBe(1);
    expect(sim.stats().logins).toBe(1);
  });

  it('logs in again on its own clock 60 s before expires_in, without a 401 first', async () => {
    let clock = Date.now();
    let client: GatewayClient;
    ({ sim, client } = await bench({}, {}, { now: () => clock }));
    await client.checkCard(hung);
    clock += 8 * 60_000 + 59_000; // 8 min 59 s: still inside the cached life (10 min − 60 s)
    await client.checkCard(hung);
    expect(sim.stats().logins).toBe(1);
    clock += 2_000; // 9 min 01 s: past expires_in − 60 s
    await client.checkCard(hung);
    expect(sim.stats().logins).toBe(2);
    expect(sim.stats().unauthorised).toBe(0);
  });
});

describe('clock skew', () => {
  it("a desk clock ahead of the gateway's does not log in before every call", async () => {
    const ahead = () => Date.now() + 20 * 60_000;
    let client: GatewayClient;
    ({ sim, client } = await bench({}, {}, { now: ahead }));
    for (let i = 0; i < 3; i++) expect((await client.checkCard(hung)).code).toBe('000');
    expect(sim.stats().logins).toBe(1);
  });
});

describe.each([
  ['body 401 (HTTP 200 + maKetQua "401")', false],
  ['HTTP 401', true],
])('token expired mid-session, %s', (_label, http401Mode) => {
  it('the gateway clock passes the expiry: one re-login, one retry, the check succeeds', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench({ faults: { http401Mode } }));
    expect((await client.checkCard(hung)).code).toBe('000');
    sim.advanceClock(11 * 60_000); // the client's own clock still believes in its token
    expect((await client.checkCard(hung)).code).toBe('000');
    expect(sim.stats()).toMatchObject({ logins: 2, unauthorised: 1 });
  });

  it('tokens revoked (forced expiry) before a submission: re-login and resend is safe', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench({ faults: { http401Mode } }));
    await client.checkCard(hung);
    sim.setFaults({ tokenExpiryNow: true });
    const receipt = await client.submitCheckIn(xml('LK-EXPIRED'), { maCSKCB: '01832' });
    expect(receipt.maGiaoDich).toMatch(/^01832/);
    expect(sim.checkInsReceived().get('LK-EXPIRED')).toBe(1);
    expect(sim.stats()).toMatchObject({ logins: 2, unauthorised: 1 });
  });

  it('a 401 that survives the re-login rejects as auth after exactly one retry', async () => {
    ({ sim } = await bench({ faults: { http401Mode } }));
    // Every check carries a token the gateway never issued (e.g. a proxy mangling the query string).
    const mangle: typeof fetch = (input, init) =>
      fetch(String(input).replace(/\?token=[^&]+/, '?token=mangled'), init);
    const client = new GatewayClient(demoConfig(sim.url), { fetch: mangle });
    const e = await rejection(client.checkCard(hung));
    expect([e.kind, e.code, e.retryable]).toEqual(['auth', '401', false]);
    expect(sim.stats()).toMatchObject({ logins: 2, unauthorised: 2 });
    // The login passed: the text points at the network (IP-bound token), not at the password.
    expect(e.messageEn).toMatch(/IP address/);
    expect(e.messageEn).not.toMatch(/password/);
  });
});

describe('probe', () => {
  it('true when a login succeeds, false for bad credentials or no gateway', async () => {
    ({ sim } = await bench());
    expect(await new GatewayClient(demoConfig(sim.url)).probe()).toBe(true);
    expect(await new GatewayClient(demoConfig(sim.url, { password: 'x' })).probe()).toBe(false);
    const url = sim.url;
    await sim.close();
    sim = undefined;
    expect(await new GatewayClient(demoConfig(url)).probe()).toBe(false);
  });
});

it('sends the documented login: form body, uppercase MD5, never the plain password', async () => {
  ({ sim } = await bench());
  const seen: { url: string; body: string }[] = [];
  const spy: typeof fetch = (input, init) => {
    seen.push({ url: String(input), body: String(init?.body) });
    return fetch(input, init);
  };
  const client = new GatewayClient(demoConfig(sim.url), { fetch: spy });
  await client.checkCard(hung);
  const login = new URLSearchParams(seen[0]!.body);
  expect(login.get('username')).toBe('01832_BV');
  expect(login.get('password')).toMatch(/^[0-9A-F]{32}$/);
  const all = seen.map((s) => s.url + s.body).join('\n');
  expect(all).not.toContain('daotao01832');
  const query = new URL(seen[1]!.url).searchParams;
  expect([...query.keys()].sort()).toEqual(['id_token', 'password', 'token', 'username']);
  expect(JSON.parse(seen[1]!.body)).toEqual({ ...hung, hoTenCb: 'Nguyễn Thị Bình', cccdCb: '001190012345' });
});

it('sends the officer as registered: NFC name with single spaces, CCCD trimmed', async () => {
  ({ sim } = await bench());
  let body = '';
  const spy: typeof fetch = (input, init) => {
    if (String(input).includes('KQNhanLichSuKCB2024')) body = String(init?.body);
    return fetch(input, init);
  };
  const officer = { officerName: ' Nguyễn  Thị Bình '.normalize('NFD'), officerCccd: '001190012345 ' };
  const client = new GatewayClient(demoConfig(sim.url, officer), { fetch: spy });
  await client.checkCard(hung);
  expect(JSON.parse(body)).toMatchObject({ hoTenCb: 'Nguyễn Thị Bình', cccdCb: '001190012345' });
});
