// The checkin / sync / visits commands through the real CLI entry (what `npx kcb-checkin` runs).
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../electron/services/simulator/simulator';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { runCli } from '../support/run-cli';
import { tempDbFile } from '../store/store-fixtures';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});
function freshFile(): string {
  const t = tempDbFile();
  cleanups.push(t.cleanup);
  return t.file;
}
async function simulator(): Promise<SimulatorHandle> {
  const sim = await startSimulator();
  cleanups.push(() => sim.close());
  return sim;
}
const gatewayFlags = (url: string) => [
  '--gateway', url, '--username', trainingAccount.username, '--officer-name', trainingAccount.officerName,
  '--officer-cccd', trainingAccount.officerCccd, '--facility', trainingAccount.maCSKCB,
]; // prettier-ignore
const env = { KCB_PASSWORD: trainingAccount.password, KCB_GATEWAY_URL: '', KCB_FACILITY: '' };
const hung = ['DN4010123456789', '--name', 'Đặng Văn Hùng', '--dob', '15/08/1985'];

describe('kcb-checkin checkin / sync', () => {
  it('registers while the gateway is unreachable, then the sync re-checks and submits the same MA_LK', async () => {
    const file = freshFile();
    const down = await runCli(['checkin', ...hung, '--db', file, ...gatewayFlags('http://127.0.0.1:9')], {
      env,
    });
    expect(down.code).toBe(0);
    const visit = JSON.parse(down.stdout);
    expect(visit).toMatchObject({
      ok: true,
      queueNumber: 'A-001',
      status: 'pending',
      cardVerified: false,
      cardStatus: 'unverified',
      unverifiedReason: { code: 'GATEWAY_NETWORK' },
    });
    expect(visit.maLk).toMatch(/^[0-9A-F]{32}$/);

    const sim = await simulator();
    // No officer flags: each visit goes out under the officer who registered it.
    const sync = await runCli(
      ['sync', '--db', file, '--gateway', sim.url, '--username', trainingAccount.username],
      {
        env,
      },
    );
    expect(sync.code).toBe(0);
    expect(JSON.parse(sync.stdout)).toEqual({ sent: 1, failed: 0, pending: 0, resends: 0 });
    expect(sim.checkInsReceived()).toEqual(new Map([[visit.maLk, 1]]));

    const list = JSON.parse((await runCli(['visits', '--db', file, '--date', visit.day])).stdout);
    expect(list.visits).toEqual([
      expect.objectContaining({ id: visit.id, maLk: visit.maLk, status: 'synced', cardVerified: true }),
    ]);
  });

  it('checks the card online (training mode when no gateway is set) or not at all with --offline; training visits stay in training', async () => {
    const file = freshFile();
    const online = JSON.parse((await runCli(['checkin', ...hung, '--db', file], { env })).stdout);
    expect(online).toMatchObject({
      ok: true,
      trainingMode: true,
      cardVerified: true,
      cardCheck: { code: '000' },
    });
    expect(online.patient).toMatchObject({ cardNumber: 'DN4010123456789', gender: 1 });
    const offline = JSON.parse(
      (await runCli(['checkin', ...hung, '--db', file, '--offline'], { env })).stdout,
    );
    expect(offline).toMatchObject({
      ok: true,
      queueNumber: 'A-002',
      cardVerified: false,
      cardCheck: null,
      cardStatusText: { vi: 'Thẻ chưa được kiểm tra', en: 'Card not verified yet' },
    });
    expect(online.cardStatusText).toEqual({ vi: 'Thẻ hợp lệ', en: 'Card verified' });
    expect(online.training && offline.training).toBe(true);

    // Training visits never reach the real gateway; a training-mode sync sends them to the simulator.
    const sim = await simulator();
    const live = await runCli(['sync', '--db', file, ...gatewayFlags(sim.url).slice(0, -2)], { env });
    expect(JSON.parse(live.stdout)).toEqual({ sent: 0, failed: 0, pending: 0, resends: 0 });
    expect(sim.checkInsReceived().size).toBe(0);
    const training = JSON.parse((await runCli(['sync', '--db', file], { env })).stdout);
    expect(training).toMatchObject({ sent: 2, pending: 0, trainingMode: true });
  });

  it('refuses a card BHXH blocks (exit 1), registering nothing but keeping the answer', async () => {
    const file = freshFile();
    const r = await runCli(
      ['checkin', 'HS4310890123456', '--name', 'Vũ Đức Thắng', '--dob', '11/11/2008', '--db', file],
      {
        env,
      },
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: false,
      cardCheck: { code: '010', severity: 'blocked' },
      error: {
        code: 'CARD_010',
        message: expect.stringMatching(/hết giá trị/),
        messageEn: expect.stringMatching(/expired/),
      },
    });
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT visit_id, code FROM card_checks').all()).toEqual([
      { visit_id: null, code: '010' },
    ]);
    db.close();
  });

  it('refuses bad input with a Vietnamese + English message and exit 1, losing nothing', async () => {
    const file = freshFile();
    const kept = await runCli(['checkin', ...hung, '--db', file, '--offline', '--facility', '01832'], {
      env,
    });
    expect(kept.code).toBe(0);
    const cases: [string[], string][] = [
      [['checkin', ...hung], 'DB_REQUIRED'],
      [['checkin', 'not a card', '--db', file], 'UNRECOGNISED_SCAN'],
      [['checkin', 'DN4010123456789', '--name', 'A', '--dob', '31/02/1990', '--db', file], 'BAD_DOB'],
      [['checkin', ...hung, '--db', file, '--clinic', 'NOPE', '--offline'], 'UNKNOWN_CLINIC'],
      [['checkin', ...hung, '--db', file, '--facility', '1832', '--offline'], 'BAD_FACILITY'],
      [['sync', '--db', file + '.missing'], 'DB_NOT_FOUND'],
      [['sync', '--db', file, '--concurrency', '0'], 'BAD_OPTION'],
      [['visits', '--db', file, '--bogus'], 'BAD_OPTION'],
      [['visits', '--db', file, '--format', 'xml'], 'BAD_FORMAT'],
    ];
    for (const [args, code] of cases) {
      const r = await runCli(args, { env });
      expect(r.code, args.join(' ')).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out.error.code, args.join(' ')).toBe(code);
      expect(out.error.message && out.error.messageEn).toBeTruthy();
    }
    // The visit registered before the refusals is still there, once, with its outbox.
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.prepare('SELECT id FROM visits').all()).toEqual([{ id: JSON.parse(kept.stdout).id }]);
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 2 });
    db.close();
  });

  it('says on stderr why items still wait (a refused password), with the counts on stdout', async () => {
    const file = freshFile();
    const sim = await simulator();
    for (let i = 0; i < 6; i++) {
      const r = await runCli(['checkin', ...hung, '--db', file, '--offline', ...gatewayFlags(sim.url)], {
        env,
      });
      expect(r.code).toBe(0);
    }
    const flags = ['--gateway', sim.url, '--username', trainingAccount.username];
    const r = await runCli(['sync', '--db', file, ...flags], { env: { ...env, KCB_PASSWORD: 'wrong' } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ sent: 0, failed: 0, pending: 12, resends: 0 });
    expect(r.stderr).toMatch(/^GATEWAY_AUTH: .*mật khẩu.* \/ .*password/m);
  });

  it('refuses a database written by a newer app', async () => {
    const file = freshFile();
    const db = new BetterSqlite3(file);
    db.pragma('user_version = 999');
    db.close();
    const r = await runCli(['checkin', ...hung, '--db', file, '--offline'], { env });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe('DB_NEWER_THAN_APP');
  });
});
