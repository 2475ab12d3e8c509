import { describe, expect, it } from 'vitest';
import { bhytQr, cccdCard, cccdQr, fifteenCharCard, tenDigitCard } from '../support/payloads';
import { runCli } from '../support/run-cli';

describe('kcb-checkin parse', () => {
  it('reads the whole of standard input as one scan (CR/LF suffix included)', async () => {
    const r = await runCli(['parse', '--today', '2026-06-15'], { input: bhytQr(fifteenCharCard) + '\r\n' });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      ok: true,
      kind: 'bhyt-qr',
      cardNumber: 'DN4797912345678',
      fullName: 'Đặng Thị Ỷ',
      dateOfBirth: '1994-03-07',
      gender: 'female',
      registeredFacility: '79032',
      validTo: '2026-12-31',
      fiveYearsContinuousFrom: '2027-06-01',
      checkString: '4641c59ff02659c3-1202',
      warnings: [],
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('takes the scan as an argument', async () => {
    const r = await runCli(['parse', 'hc4 01 0123456789']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      kind: 'card-number',
      cardNumber: 'HC4010123456789',
    });
  });

  it('refuses with a coded Vietnamese + English error and exit status 1', async () => {
    const r = await runCli(['parse'], { input: 'DN0010123456789' });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      ok: false,
      error: {
        code: 'BAD_BENEFIT_LEVEL',
        message: expect.stringMatching(/quyền lợi/),
        messageEn: expect.any(String),
      },
    });
  });

  it('--lines: one JSON object per input line and exit 0 even with refusals', async () => {
    const input = [bhytQr(tenDigitCard), cccdQr(cccdCard), 'not a card', '001085999901'].join('\n') + '\n';
    const r = await runCli(['parse', '--lines'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.ok && l.kind)).toEqual(['bhyt-qr', 'cccd-qr', false, 'citizen-id']);
    expect(lines[2].error.code).toBe('UNRECOGNISED_SCAN');
  });

  it('refuses an unknown flag or a bad --today as JSON, never a stack trace', async () => {
    for (const args of [
      ['parse', '--frobnicate', 'x'],
      ['parse', '--today', '15/06/2026', 'x'],
      ['parse', '--today', '2026-02-30', 'x'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'BAD_OPTION' } });
      expect(r.stderr).toBe('');
    }
  });

  it('says which commands exist when given an unknown one', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('UNKNOWN_COMMAND');
    expect(r.stderr).toMatch(/parse/);
  });
});

describe('kcb-checkin parse, in process', () => {
  async function parseLines(bytes: Buffer): Promise<{ ok: boolean; kind?: string }[]> {
    const { run } = await import('../../electron/services/cli/parse-command');
    const { Readable, PassThrough } = await import('node:stream');
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const code = await run(['--lines', '--today', '2026-06-15'], {
      stdin: Readable.from([bytes]),
      stdout,
      stderr: new PassThrough(),
      env: {},
    });
    expect(code).toBe(0);
    return out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  }

  it('reads a UTF-16 file with a byte-order mark (Windows PowerShell 5 `>` / Out-File), CRLF lines', async () => {
    const text = [bhytQr(tenDigitCard), cccdQr(cccdCard)].join('\r\n') + '\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [le, be, Buffer.from('\uFEFF' + text, 'utf8')]) {
      const lines = await parseLines(bytes);
      expect(lines.map((l) => l.ok && l.kind)).toEqual(['bhyt-qr', 'cccd-qr']);
    }
  });
});

describe('npx kcb-checkin', () => {
  it('resolves to this package after npm install (what hospital IT types)', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { stdout } = await promisify(execFile)(
      'npx',
      ['--no-install', 'kcb-checkin', 'parse', '0199999901'],
      {
        cwd: new URL('../..', import.meta.url),
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      kind: 'bhxh-number',
      socialInsuranceNumber: '0199999901',
    });
  });
});
