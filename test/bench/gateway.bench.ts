// Gateway client overhead (issue #3: under 5 ms per check against the simulator with no injected latency).
// Each iteration checks a fresh card twice over real HTTP on 127.0.0.1: once with a bare fetch of the same
// request (URL, token, body) and JSON.parse — the floor any client pays — and once through
// GatewayClient.checkCard (deadline, zod, normalisation). Order alternates so neither side always gets
// the warmer connection. A fresh card per iteration keeps dsLichSuKT2018 (today's checks) short, as at a
// real desk. Also: the client's pure CPU part (schema + normalise) on one recorded answer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { buildXml0 } from '../../shared/checkin/xml0';
import { toCardCheckResult } from '../../shared/gateway/card-check-result';
import { cardCheckResponseSchema } from '../../shared/gateway/schemas';
import { report, summarize, timeUs } from './stats';

const N = 3_000;
const WARMUP = 300;
const cardOf = (i: number) => `DN40101${String(i).padStart(8, '0')}`;
const person = { hoTen: 'Nguyễn Văn Bệnh Nhân', ngaySinh: '01/01/1980' };

const dir = mkdtempSync(join(tmpdir(), 'kcb-gw-bench-'));
const seedFile = join(dir, 'seed.json');
const year = new Date().getUTCFullYear();
const cards = Array.from({ length: N + WARMUP }, (_, i) => ({
  maThe: cardOf(i),
  ...person,
  gioiTinh: 'Nam',
  diaChi: 'Phường Phú Lãm, Quận Hà Đông, Thành phố Hà Nội',
  maDKBD: '01832',
  cqBHXH: 'Bảo hiểm Xã hội quận Hà Đông',
  gtTheTu: `01/01/${year - 1}`,
  gtTheDen: `31/12/${year + 1}`,
}));
writeFileSync(seedFile, JSON.stringify({ cards }));

const sim = await startSimulator({ seedFile });
const config = {
  baseUrl: sim.url,
  username: trainingAccount.username,
  password: trainingAccount.password,
  officerName: trainingAccount.officerName,
  officerCccd: trainingAccount.officerCccd,
};
const client = new GatewayClient(config);

// The baseline's own token, from the same login endpoint.
const md5 = createHash('md5').update(trainingAccount.password).digest('hex').toUpperCase();
const login = (await fetch(`${sim.url}/api/token/take`, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ username: config.username, password: md5 }).toString(),
}).then((r) => r.json())) as { APIKey: { access_token: string; id_token: string } };
const checkUrl = `${sim.url}/api/egw/KQNhanLichSuKCB2024?${new URLSearchParams({
  token: login.APIKey.access_token,
  id_token: login.APIKey.id_token,
  username: config.username,
  password: md5,
})}`;

async function rawCheck(maThe: string): Promise<unknown> {
  const res = await fetch(checkUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ maThe, ...person, hoTenCb: config.officerName, cccdCb: config.officerCccd }),
  });
  return JSON.parse(await res.text());
}

async function clientCheck(maThe: string): Promise<unknown> {
  const r = await client.checkCard({ maThe, ...person });
  if (r.code !== '000') throw new Error(`unexpected ${r.code}`);
  return r;
}

const elapsedMs = async (f: () => Promise<unknown>) => {
  const t0 = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};

for (let i = 0; i < WARMUP; i++) {
  await rawCheck(cardOf(i));
  await clientCheck(cardOf(i));
}
const raw: number[] = [];
const viaClient: number[] = [];
const paired: number[] = [];
for (let i = WARMUP; i < WARMUP + N; i++) {
  const card = cardOf(i);
  let a: number, b: number;
  if (i % 2) {
    a = await elapsedMs(() => rawCheck(card));
    b = await elapsedMs(() => clientCheck(card));
  } else {
    b = await elapsedMs(() => clientCheck(card));
    a = await elapsedMs(() => rawCheck(card));
  }
  raw.push(a);
  viaClient.push(b);
  paired.push(b - a);
}

const sRaw = summarize(raw);
const sClient = summarize(viaClient);
report('card check: bare fetch + JSON.parse (baseline)', sRaw, 'ms');
report('card check: GatewayClient.checkCard', sClient, 'ms');
report('client overhead, paired per card (client − baseline)', summarize(paired), 'ms');
console.log(
  `difference of medians ${(sClient.median - sRaw.median).toFixed(3)} ms, p95 ${(sClient.p95 - sRaw.p95).toFixed(3)} ms, p99 ${(sClient.p99 - sRaw.p99).toFixed(3)} ms (target: < 5 ms)`,
);

// The CPU the client adds on one answer, without the network.
const sample = await rawCheck(cardOf(0));
const cpu: number[] = [];
for (let i = 0; i < 20_000; i++)
  cpu.push(
    timeUs(() => {
      const parsed = cardCheckResponseSchema.parse(sample);
      toCardCheckResult(parsed, { maThe: cardOf(0), ...person }, sample);
    }),
  );
report('client CPU: zod parse + normalise one answer', summarize(cpu), 'µs');

// The simulator under a backlog drain (the sync worker's 10,000-visit benchmark runs against it): 10,000
// one-record XML0 submissions through the client, 16 in flight.
const BACKLOG = 10_000;
const xmlFor = (i: number) =>
  buildXml0([
    {
      maLk: `LK${String(i).padStart(8, '0')}`,
      stt: 1,
      maBn: `BN${i}`,
      hoTen: 'Nguyễn Thị Ỷ',
      soCccd: null,
      ngaySinh: '1948',
      gioiTinh: 2,
      maTheBhyt: 'HT3010234567890',
      maDkbd: '01832',
      gtTheTu: `${year}-01-01`,
      gtTheDen: `${year}-12-31`,
      maDoiTuongKcb: '1.1',
      ngayVao: new Date(),
      maLoaiKcb: '01',
      maCskcb: '01832',
      maDichVu: '02.1896',
      tenDichVu: 'Khám Nội',
      ngayYl: '202611230820',
    },
  ]);
const submitMs: number[] = [];
let next = 0;
const t0 = process.hrtime.bigint();
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (next < BACKLOG) {
      const doc = xmlFor(next++);
      submitMs.push(await elapsedMs(() => client.submitCheckIn(doc, { maCSKCB: '01832' })));
    }
  }),
);
const totalS = Number(process.hrtime.bigint() - t0) / 1e9;
report('XML0 submission via client, 16 in flight', summarize(submitMs), 'ms');
console.log(
  `backlog of ${BACKLOG} submissions drained in ${totalS.toFixed(2)} s (${Math.round(BACKLOG / totalS)}/s); simulator received ${sim.stats().checkInsReceived}`,
);
console.log(`logins by the client: ${client.loginCount}`);
await sim.close();
