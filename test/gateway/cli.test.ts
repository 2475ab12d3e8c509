// `npx kcb-checkin check` and `npx kcb-checkin simulator` end to end: the real bin/kcb-checkin.js as a
// child process, against the embedded simulator (training mode) or one started here.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { startSimulator } from '../../electron/services/simulator/simulator';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';
import { bhytQr, cccdCard, cccdQr, fifteenCharCard } from '../support/payloads';
import { cliPath, runCli } from '../support/run-cli';
import { demoConfig, hung } from './gateway-fixtures';

const noGatewayEnv = {
  KCB_GATEWAY_URL: '',
  KCB_USERNAME: '',
  KCB_PASSWORD: '',
  KCB_OFFICER_NAME: '',
  KCB_OFFICER_CCCD: '',
};

describe('check', () => {
  let sim: SimulatorHandle;
  beforeAll(async () => (sim = await startSimulator()));
  afterAll(() => sim.close());

  it('with no gateway configured: the embedded simulator, labelled training mode', async () => {
    const r = await runCli(['check', 'DN4010123456789', '--name', 'Đặng Văn Hùng', '--dob', '1985-08-15'], {
      env: noGatewayEnv,
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      ok: true,
      trainingMode: true,
      code: '000',
      severity: 'usable',
      card: { maThe: 'DN4010123456789' },
    });
    expect(out.trainingModeLabel.vi).toContain('Chế độ đào tạo');
    expect(out.history).toHaveLength(2);
    expect(out.checksToday).toEqual([]);
  });

  it('takes name and DOB from a BHYT QR; the gateway from the environment (password never printed)', async () => {
    const qr = bhytQr({
      ...fifteenCharCard,
      card: hung.maThe,
      name: hung.hoTen,
      dob: hung.ngaySinh,
      gender: '1',
      facility: '01 - 832',
    });
    const env = {
      KCB_GATEWAY_URL: sim.url,
      KCB_USERNAME: trainingAccount.username,
      KCB_PASSWORD: trainingAccount.password,
      KCB_OFFICER_NAME: trainingAccount.officerName,
      KCB_OFFICER_CCCD: trainingAccount.officerCccd,
    };
    const r = await runCli(['check', qr], { env });
    expect(r.code).toBe(0);
    // A simulator given as the gateway is still training: its answers are labelled, not taken for BHXH's.
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      trainingMode: true,
      trainingModeLabel: { vi: expect.stringContaining('Chế độ đào tạo') },
      code: '000',
      sent: { hoTen: 'Đặng Văn Hùng', ngaySinh: '15/08/1985' },
    });
    expect(r.stdout + r.stderr).not.toContain(trainingAccount.password);
    expect(sim.stats().checks).toBeGreaterThan(0);
  });

  it('a CCCD QR checks by citizen ID with the name and DOB it carries', async () => {
    const qr = cccdQr({
      ...cccdCard,
      id: '001085012345',
      name: 'Đặng Văn Hùng',
      dob: '15081985',
      gender: 'Nam',
    });
    const r = await runCli(['check'], { input: qr, env: noGatewayEnv });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      code: '000',
      sent: { maThe: '001085012345', ngaySinh: '15/08/1985' },
      card: { maThe: 'DN4010123456789' },
    });
  });

  it('flags override the environment; a gateway code is a result (exit 0), with the next step', async () => {
    const flags = [
      '--gateway',
      sim.url,
      '--username',
      trainingAccount.username,
      '--password',
      trainingAccount.password,
    ];
    const officer = [
      '--officer-name',
      trainingAccount.officerName,
      '--officer-cccd',
      trainingAccount.officerCccd,
    ];
    const r = await runCli(
      ['check', '001085012345', '--name', 'Đặng Văn Hùng', '--dob', '16/08/1985', ...flags, ...officer],
      {
        env: { ...noGatewayEnv, KCB_GATEWAY_URL: 'http://127.0.0.1:9' },
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      code: '070',
      severity: 'blocked',
      registeredDob: '1985-08-15',
    });
  });

  it('refuses with exit 1: unreachable gateway, missing settings, missing or bad DOB', async () => {
    const unreachable = await runCli(
      [
        'check',
        'DN4010123456789',
        '--name',
        'A',
        '--dob',
        '1985',
        '--gateway',
        'http://127.0.0.1:9',
        '--username',
        'u',
        '--password',
        'p',
        '--officer-name',
        'n',
        '--officer-cccd',
        'c',
      ],
      { env: noGatewayEnv },
    );
    expect(unreachable.code).toBe(1);
    expect(JSON.parse(unreachable.stdout)).toMatchObject({
      ok: false,
      error: { code: 'GATEWAY_NETWORK', message: expect.any(String), messageEn: expect.any(String) },
    });
    const missing = await runCli(['check', 'DN4010123456789', '--name', 'A', '--dob', '1985'], {
      env: { ...noGatewayEnv, KCB_GATEWAY_URL: sim.url },
    });
    expect([missing.code, JSON.parse(missing.stdout).error.code]).toEqual([1, 'MISSING_GATEWAY_OPTION']);
    const noDob = await runCli(['check', 'DN4010123456789', '--name', 'A'], { env: noGatewayEnv });
    expect([noDob.code, JSON.parse(noDob.stdout).error.code]).toEqual([1, 'MISSING_DOB']);
    const badDob = await runCli(['check', 'DN4010123456789', '--name', 'A', '--dob', '1985-13-01'], {
      env: noGatewayEnv,
    });
    expect([badDob.code, JSON.parse(badDob.stdout).error.code]).toEqual([1, 'BAD_DOB']);
  });
});

describe('simulator', () => {
  it('serves on the given port with fault flags until SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [cliPath, 'simulator', '--port', '0', '--fault-endpoints', 'submit', '--drop-rate', '1'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        buf += d;
        if (buf.includes('\n')) resolve(buf.split('\n')[0]!);
      });
      child.on('error', reject);
      child.on('close', () => reject(new Error('simulator exited early')));
    });
    try {
      const info = JSON.parse(line);
      expect(info).toMatchObject({ ok: true, trainingMode: true, username: trainingAccount.username });
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const client = new GatewayClient(demoConfig(info.url));
      expect((await client.checkCard(hung)).code).toBe('000');
      const faults = (await fetch(info.url + '/admin/faults').then((r) => r.json())) as Record<
        string,
        unknown
      >;
      expect(faults).toMatchObject({ dropRate: 1, endpoints: ['submit'] });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
