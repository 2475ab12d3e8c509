// What the network and the gateway do to a desk (bhxh-gateway.md §4), injected by the simulator and seen
// through the client over real HTTP: latency past the deadline, caller aborts, HTML 5xx pages, server
// errors, connections dropped before and after processing, outages. Each ends as a typed GatewayError.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { bench, demoConfig, hung, rejection } from './gateway-fixtures';
import { xml } from './xml0-fixtures';

let sim: SimulatorHandle | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('deadlines and cancellation', () => {
  it('a check slower than checkTimeoutMs rejects as timeout, promptly', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench(
      { faults: { latencyMs: 1_500, endpoints: ['check'] } },
      { checkTimeoutMs: 200 },
    ));
    const t0 = Date.now();
    const e = await rejection(client.checkCard(hung));
    expect([e.kind, e.retryable]).toEqual(['timeout', true]);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });

  it('a gateway that sends its headers and then stalls the body still ends at the deadline', async () => {
    const stall = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.startsWith('/api/token/take'))
        return res.end(
          JSON.stringify({
            maKetQua: '200',
            APIKey: { access_token: 'a', id_token: 'b', expires_in: '2099-01-01T00:00:00Z' },
          }),
        );
      res.write('{"maKetQua":"000",'); // …and nothing more
    });
    await new Promise<void>((r) => stall.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(stall.address() as AddressInfo).port}`;
      const t0 = Date.now();
      const e = await rejection(new GatewayClient(demoConfig(url, { checkTimeoutMs: 200 })).checkCard(hung));
      expect(e.kind).toBe('timeout');
      expect(Date.now() - t0).toBeLessThan(1_000);
    } finally {
      stall.closeAllConnections();
      await new Promise((r) => stall.close(r));
    }
  });

  it('the deadline covers the login too', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench(
      { faults: { latencyMs: 1_500, endpoints: ['login'] } },
      { checkTimeoutMs: 200 },
    ));
    expect((await rejection(client.checkCard(hung))).kind).toBe('timeout');
  });

  it('a submission slower than submitTimeoutMs rejects as timeout', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench(
      { faults: { latencyMs: 1_500, endpoints: ['submit'] } },
      { submitTimeoutMs: 200 },
    ));
    expect((await rejection(client.submitCheckIn(xml('LK-SLOW'), { maCSKCB: '01832' }))).kind).toBe(
      'timeout',
    );
  });

  it("the caller's AbortSignal ends a check in flight, and an aborted signal sends nothing", async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench({ faults: { latencyMs: 1_500 } }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const e = await rejection(client.checkCard(hung, { signal: ac.signal }));
    expect(e.kind).toBe('aborted');
    const before = sim.stats().requests.check;
    expect((await rejection(client.checkCard(hung, { signal: AbortSignal.abort() }))).kind).toBe('aborted');
    expect(sim.stats().requests.check).toBe(before);
  });

  it('one caller giving up does not cancel the login another caller shares', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench({ faults: { latencyMs: 150, endpoints: ['login'] } }));
    const ac = new AbortController();
    const gaveUp = client.checkCard(hung, { signal: ac.signal });
    const patient = client.checkCard(hung);
    setTimeout(() => ac.abort(), 30);
    expect((await rejection(gaveUp)).kind).toBe('aborted');
    expect((await patient).code).toBe('000');
    expect(sim.stats().logins).toBe(1);
  });
});

describe('error pages and server errors', () => {
  it('an HTML 502 page is an http error with its status; a check is resent once', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    await client.checkCard(hung);
    sim.setFaults({ html5xxRate: 1 });
    const e = await rejection(client.checkCard(hung));
    expect([e.kind, e.status, e.retryable]).toEqual(['http', 502, true]);
    expect(sim.stats().injected.html5xx).toBe(2);
  });

  it('a 404 (a mistyped gateway URL) is not retryable and says to check the address, not to retry', async () => {
    ({ sim } = await bench());
    const e = await rejection(new GatewayClient(demoConfig(`${sim.url}/egw`)).checkCard(hung));
    expect([e.kind, e.status, e.retryable]).toEqual(['http', 404, false]);
    expect(e.message).toMatch(/URL/);
    expect(e.messageEn).toMatch(/gateway address/);
    expect(`${String(e.message)} ${String(e.messageEn)}`).not.toMatch(/Thử lại sau|Try again later/);
  });

  it('an HTTP 500 from a submission is not resent by the client', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    await client.checkCard(hung);
    sim.setFaults({ errorRate: 1, endpoints: ['submit'] });
    const e = await rejection(client.submitCheckIn(xml('LK-500'), { maCSKCB: '01832' }));
    expect([e.kind, e.status, e.retryable]).toEqual(['http', 500, true]);
    expect(sim.stats().injected.errors).toBe(1);
  });

  it('HTTP 200 with a non-JSON body (proxy/captive portal) is malformed', async () => {
    const portal = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Đăng nhập Wi-Fi</body></html>');
    });
    await new Promise<void>((r) => portal.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
      const e = await rejection(new GatewayClient(demoConfig(url)).checkCard(hung));
      expect([e.kind, e.status]).toEqual(['malformed', 200]);
    } finally {
      portal.closeAllConnections();
      await new Promise((r) => portal.close(r));
    }
  });

  it('a body without maKetQua is malformed, not a result', async () => {
    const odd = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const login = req.url?.startsWith('/api/token/take');
      res.end(
        JSON.stringify(
          login
            ? { maKetQua: '200', APIKey: { access_token: 'a', id_token: 'b', expires_in: 'soon' } }
            : { ok: 1 },
        ),
      );
    });
    await new Promise<void>((r) => odd.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(odd.address() as AddressInfo).port}`;
      const e = await rejection(new GatewayClient(demoConfig(url)).checkCard(hung));
      expect([e.kind, e.retryable]).toEqual(['malformed', false]);
    } finally {
      odd.closeAllConnections();
      await new Promise((r) => odd.close(r));
    }
  });
});

describe('dropped connections', () => {
  it('a check whose connection drops is resent once, then rejects as network', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    await client.checkCard(hung);
    sim.setFaults({ dropRate: 1, endpoints: ['check'] });
    const e = await rejection(client.checkCard(hung));
    expect([e.kind, e.retryable]).toEqual(['network', true]);
    expect(sim.stats().injected.dropped).toBe(2);
  });

  it('a submission dropped after processing: recorded by the gateway, network error, no resend', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    await client.checkCard(hung);
    sim.setFaults({ dropAfterProcessRate: 1, endpoints: ['submit'] });
    const e = await rejection(client.submitCheckIn(xml('LK-LOST-ANSWER'), { maCSKCB: '01832' }));
    expect([e.kind, e.retryable]).toEqual(['network', true]);
    expect(sim.checkInsReceived().get('LK-LOST-ANSWER')).toBe(1);
    expect(sim.stats().injected.droppedAfterProcess).toBe(1);
    // The outbox resends under the same MA_LK: the gateway now has it twice, which is harmless.
    sim.setFaults({ dropAfterProcessRate: 0 });
    await client.submitCheckIn(xml('LK-LOST-ANSWER'), { maCSKCB: '01832' });
    expect(sim.checkInsReceived().get('LK-LOST-ANSWER')).toBe(2);
  });

  it('a submission dropped before processing is not recorded', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    await client.checkCard(hung);
    sim.setFaults({ dropRate: 1, endpoints: ['submit'] });
    expect((await rejection(client.submitCheckIn(xml('LK-DROPPED'), { maCSKCB: '01832' }))).kind).toBe(
      'network',
    );
    expect(sim.checkInsReceived().has('LK-DROPPED')).toBe(false);
  });

  it('an outage window drops everything until it ends on the simulator clock', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    sim.setFaults({ outageUntil: Date.now() + 60_000 });
    expect((await rejection(client.checkCard(hung))).kind).toBe('network');
    expect(await client.probe()).toBe(false);
    sim.advanceClock(61_000);
    expect((await client.checkCard(hung)).code).toBe('000');
  });

  it('a gateway that is not there at all is a network error', async () => {
    const s = await startSimulator();
    const url = s.url;
    await s.close();
    expect((await rejection(new GatewayClient(demoConfig(url)).checkCard(hung))).kind).toBe('network');
  });
});

describe('fault control for other processes', () => {
  it('POST /admin/faults, /admin/clock, /admin/expire-tokens and GET /admin/stats work while faults are on', async () => {
    let client: GatewayClient;
    ({ sim, client } = await bench());
    const post = (path: string, body: unknown) =>
      fetch(sim!.url + path, { method: 'POST', body: JSON.stringify(body) }).then(
        (r) => r.json() as Promise<Record<string, unknown>>,
      );
    expect(await post('/admin/faults', { outageUntil: Date.now() + 60_000 })).toMatchObject({
      outageUntil: expect.any(Number),
    });
    expect((await rejection(client.submitCheckIn(xml('LK-ADMIN'), { maCSKCB: '01832' }))).kind).toBe(
      'network',
    );
    await post('/admin/faults', { outageUntil: 0 });
    await client.submitCheckIn(xml('LK-ADMIN'), { maCSKCB: '01832' });
    await post('/admin/expire-tokens', {});
    await post('/admin/clock', { advanceMs: 1_000 });
    await client.submitCheckIn(xml('LK-ADMIN-2'), { maCSKCB: '01832' });
    const stats = (await fetch(sim.url + '/admin/stats').then((r) => r.json())) as Record<string, unknown>;
    expect(stats).toMatchObject({
      checkIns: { 'LK-ADMIN': 1, 'LK-ADMIN-2': 1 },
      logins: 2,
      clockOffsetMs: 1_000,
    });
    // The first submission needed a login: dropped, resent once, dropped again.
    expect((stats.injected as Record<string, number>).outage).toBe(2);
    const bad = await fetch(sim.url + '/admin/faults', { method: 'POST', body: '{"dropRate":2}' });
    expect(bad.status).toBe(400);
  });

  it('the same random seed replays the same faults', async () => {
    const outcomes = async (randomSeed: number) => {
      const s = await startSimulator({ randomSeed });
      const c = new GatewayClient(demoConfig(s.url));
      await c.checkCard(hung);
      s.setFaults({ errorRate: 0.5, endpoints: ['submit'] });
      const seen: string[] = [];
      for (let i = 0; i < 16; i++)
        seen.push(
          await c.submitCheckIn(xml(`LK-${i}`), { maCSKCB: '01832' }).then(
            () => 'ok',
            (e: { kind: string }) => e.kind,
          ),
        );
      await s.close();
      return seen.join(',');
    };
    const a = await outcomes(42);
    expect(await outcomes(42)).toBe(a);
    expect(a).toContain('ok');
    expect(a).toContain('http');
  });
});

it('a login whose connection drops is resent once, even before a submission', async () => {
  const s = await startSimulator({ faults: { dropRate: 1, endpoints: ['login'] } });
  try {
    const c = new GatewayClient(demoConfig(s.url));
    expect((await rejection(c.submitCheckIn(xml('LK-NOLOGIN'), { maCSKCB: '01832' }))).kind).toBe('network');
    expect(s.stats().injected.dropped).toBe(2);
    expect(s.stats().requests.submit).toBe(0);
  } finally {
    await s.close();
  }
});
