// The BHXH gateway simulator on 127.0.0.1: the embedded default of the app (training mode, chế độ đào
// tạo), the target of every gateway test, and a fault injector for the sync worker's crash tests. Faults
// can be set in-process (setFaults) or over HTTP (POST /admin/faults) for a test whose client runs in a
// child process. Admin endpoints are never subject to faults, so a test can always end an outage.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIMULATOR_HEADER } from '../gateway/gateway-http';
import type { Endpoint, Faults } from './faults';
import { faultProblems, noFaults, seededRandom } from './faults';
import { SimGateway } from './gateway-endpoints';
import type { Answer } from './gateway-endpoints';
import type { SimSeed } from './seed-cards';
import { demoCases, loadSeed, mergeSeed } from './seed-cards';

export type { Faults } from './faults';

export interface SimulatorOptions {
  /** 0 or absent: an ephemeral port. */
  port?: number;
  host?: string;
  /** JSON `{cards?, officers?, accounts?}` merged over the built-in demo data. */
  seedFile?: string;
  /** Cards, officers and accounts merged over the demo data and the seed file (same keys). */
  seed?: Partial<SimSeed>;
  faults?: Partial<Faults>;
  /** The simulator's clock (token expiry, validity, check times). */
  now?: () => number;
  /** Seed of the fault dice (default 1): the same seed replays the same faults for the same requests. */
  randomSeed?: number;
}

export interface SimulatorStats {
  requests: Record<Endpoint | 'admin' | 'other', number>;
  logins: number;
  loginsRefused: number;
  checks: number;
  unauthorised: number;
  submissionsAccepted: number;
  submissionsRefused: number;
  /** Total TRANG_THAI_KCB records accepted, resends counted. */
  checkInsReceived: number;
  /** Distinct MA_LK accepted. */
  distinctMaLk: number;
  injected: { dropped: number; droppedAfterProcess: number; errors: number; html5xx: number; outage: number };
  clockOffsetMs: number;
}

export interface SimulatorHandle {
  url: string;
  port: number;
  close(): Promise<void>;
  setFaults(f: Partial<Faults>): void;
  faults(): Faults;
  /** Invalidates every issued token now (clients must log in again). */
  expireTokens(): void;
  /** Moves the simulator clock forward (tokens, dates) without touching the client's clock. */
  advanceClock(ms: number): void;
  /** MA_LK → times received (resends counted). */
  checkInsReceived(): Map<string, number>;
  stats(): SimulatorStats;
  resetStats(): void;
}

const MAX_BODY = 20 * 1024 * 1024;

const html502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

function endpointOf(method: string, path: string): Endpoint | 'admin' | 'other' {
  if (path.startsWith('/admin/') || path === '/health') return 'admin';
  if (method !== 'POST') return 'other';
  if (path === '/api/token/take') return 'login';
  if (path === '/api/egw/KQNhanLichSuKCB2024') return 'check';
  if (/^\/api\/qd130\/checkInKcbQd(4750|3176|130)$/.test(path)) return 'submit';
  return 'other';
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) resolve(null);
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form or JSON, whichever was sent (observed: the gateway accepts both). Values as strings. */
function parseFields(text: string, contentType: string): Record<string, string> | null {
  const trimmed = text.trimStart();
  if (contentType.includes('json') || trimmed.startsWith('{')) {
    try {
      const obj: unknown = JSON.parse(text);
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return null;
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined) out[k] = String(v);
      return out;
    } catch {
      return null;
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function send(res: ServerResponse, a: Answer | { status: number; html: string }): void {
  const isHtml = 'html' in a;
  const body = isHtml ? a.html : JSON.stringify(a.json);
  res.writeHead(a.status, {
    'content-type': isHtml ? 'text/html' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    // Lets a client configured with this simulator's URL (not only the embedded one) label its results
    // as training mode: they are not BHXH's answers (issue #3).
    [SIMULATOR_HEADER]: 'training',
  });
  res.end(body);
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const baseNow = opts.now ?? Date.now;
  let offset = 0;
  const now = () => baseNow() + offset;
  const seed: SimSeed = mergeSeed(await loadSeed(now(), opts.seedFile), opts.seed ?? {});
  let gateway = new SimGateway(seed, now());
  let faults: Faults = { ...noFaults };
  const random = seededRandom(opts.randomSeed ?? 1);
  const requests = { login: 0, check: 0, submit: 0, admin: 0, other: 0 };
  const injected = { dropped: 0, droppedAfterProcess: 0, errors: 0, html5xx: 0, outage: 0 };

  const setFaults = (f: Partial<Faults>) => {
    const problems = faultProblems(f);
    if (problems.length) throw new RangeError(problems.join('; '));
    if (f.tokenExpiryNow) gateway.expireTokens();
    faults = { ...faults, ...f, tokenExpiryNow: false };
  };
  if (opts.faults) setFaults(opts.faults);

  const stats = (): SimulatorStats => {
    let total = 0;
    for (const n of gateway.checkIns.values()) total += n;
    return {
      requests: { ...requests },
      ...gateway.counts,
      checkInsReceived: total,
      distinctMaLk: gateway.checkIns.size,
      injected: { ...injected },
      clockOffsetMs: offset,
    };
  };

  async function admin(req: IncomingMessage, res: ServerResponse, path: string) {
    const body = req.method === 'POST' ? await readBody(req) : '';
    let input: Record<string, unknown>;
    try {
      input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return send(res, { status: 400, json: { ok: false, error: 'body must be JSON' } });
    }
    if (path === '/health') return send(res, { status: 200, json: { ok: true, trainingMode: true } });
    if (path === '/admin/stats' && req.method === 'GET')
      return send(res, { status: 200, json: { ...stats(), checkIns: Object.fromEntries(gateway.checkIns) } });
    if (path === '/admin/faults' && req.method === 'GET') return send(res, { status: 200, json: faults });
    // For trainers: which demo card, name and DOB produce which result code (the installed app has no
    // source to read them from).
    if (path === '/admin/demo-cases' && req.method === 'GET')
      return send(res, { status: 200, json: demoCases(now()) });
    if (path === '/admin/faults' && req.method === 'POST') {
      try {
        setFaults(input as Partial<Faults>);
      } catch (e) {
        return send(res, { status: 400, json: { ok: false, error: (e as Error).message } });
      }
      return send(res, { status: 200, json: faults });
    }
    if (path === '/admin/expire-tokens' && req.method === 'POST') {
      gateway.expireTokens();
      return send(res, { status: 200, json: { ok: true } });
    }
    if (path === '/admin/clock' && req.method === 'POST') {
      const ms = Number(input.advanceMs ?? 0);
      if (!Number.isFinite(ms) || ms < 0)
        return send(res, { status: 400, json: { ok: false, error: 'advanceMs ≥ 0' } });
      offset += ms;
      return send(res, { status: 200, json: { ok: true, now: now() } });
    }
    if (path === '/admin/reset' && req.method === 'POST') {
      gateway = new SimGateway(seed, now());
      for (const k of Object.keys(injected) as (keyof typeof injected)[]) injected[k] = 0;
      for (const k of Object.keys(requests) as (keyof typeof requests)[]) requests[k] = 0;
      return send(res, { status: 200, json: { ok: true } });
    }
    return send(res, { status: 404, json: { ok: false, error: 'unknown admin endpoint' } });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const endpoint = endpointOf(req.method ?? 'GET', url.pathname);
    requests[endpoint]++;
    if (endpoint === 'admin') return admin(req, res, url.pathname);
    const drop = () => req.socket.destroy();
    if (now() < faults.outageUntil) {
      injected.outage++;
      return drop();
    }
    if (endpoint === 'other')
      return send(res, {
        status: 404,
        html: '<html><body><h1>404 Not Found</h1><p>BHXH simulator</p></body></html>',
      });
    const faulty = faults.endpoints.includes(endpoint);
    if (faulty && faults.dropRate > 0 && random() < faults.dropRate) {
      injected.dropped++;
      return drop();
    }
    const text = await readBody(req);
    if (faulty && faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (faulty && faults.errorRate > 0 && random() < faults.errorRate) {
      injected.errors++;
      return send(res, { status: 500, json: { Message: 'An error has occurred.' } });
    }
    if (faulty && faults.html5xxRate > 0 && random() < faults.html5xxRate) {
      injected.html5xx++;
      return send(res, { status: 502, html: html502 });
    }
    const fields = text === null ? null : parseFields(text, req.headers['content-type'] ?? '');
    if (fields === null)
      return send(res, { status: 200, json: { maKetQua: '205', ghiChu: 'Lỗi sai định dạng tham số!' } });
    const t = now();
    let answer: Answer;
    if (endpoint === 'login') answer = gateway.login(fields, t);
    else if (endpoint === 'check') answer = gateway.check(url.searchParams, fields, t, faults.http401Mode);
    else answer = gateway.submit(req.headers as Record<string, string>, fields, t, faults.http401Mode);
    if (faulty && faults.dropAfterProcessRate > 0 && random() < faults.dropAfterProcessRate) {
      injected.droppedAfterProcess++;
      return drop();
    }
    send(res, answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, { status: 500, json: { Message: 'An error has occurred.' } });
      else req.socket.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;

  return {
    url: `http://${address}:${port}`,
    port,
    setFaults,
    faults: () => ({ ...faults }),
    expireTokens: () => gateway.expireTokens(),
    advanceClock: (ms) => {
      offset += ms;
    },
    checkInsReceived: () => new Map(gateway.checkIns),
    stats,
    resetStats: () => {
      gateway.checkIns.clear();
      for (const k of Object.keys(gateway.counts) as (keyof typeof gateway.counts)[]) gateway.counts[k] = 0;
      for (const k of Object.keys(injected) as (keyof typeof injected)[]) injected[k] = 0;
      for (const k of Object.keys(requests) as (keyof typeof requests)[]) requests[k] = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
