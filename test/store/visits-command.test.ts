import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/services/store/database';
import { registerVisit } from '../../electron/services/visits/check-in';
import { vnTime } from '../../shared/time/vietnam-time';
import { runCli } from '../support/run-cli';
import { sampleCheckIn, tempDbFile } from './store-fixtures';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('kcb-checkin visits', () => {
  it('lists one day as JSON and as CSV, and refuses a bad date with exit 1', async () => {
    const t = tempDbFile();
    cleanups.push(t.cleanup);
    const db = openDatabase(t.file);
    registerVisit(db, sampleCheckIn(db), { now: () => vnTime(2026, 3, 10, 8) });
    registerVisit(
      db,
      sampleCheckIn(db, { patient: { ...sampleCheckIn(db).patient, fullName: 'Trần "Bé", Văn A' } }),
      {
        now: () => vnTime(2026, 3, 10, 9),
      },
    );
    registerVisit(db, sampleCheckIn(db), { now: () => vnTime(2026, 3, 11, 8) });
    db.close();

    const json = await runCli(['visits', '--db', t.file, '--date', '2026-03-10']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ ok: true, date: '2026-03-10', count: 2 });
    expect(out.visits.map((v: { queueNumber: string }) => v.queueNumber)).toEqual(['A-001', 'A-002']);

    const csv = await runCli(['visits', '--db', t.file, '--date', '2026-03-10', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^queueNumber,createdAt,id,maLk,fullName/);
    expect(lines[2]).toContain('"Trần ""Bé"", Văn A"');

    const bad = await runCli(['visits', '--db', t.file, '--date', '2026-02-30']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).error).toMatchObject({
      code: 'BAD_DATE',
      message: expect.stringMatching(/Ngày/),
    });
  });

  it('refuses a database file that does not exist instead of creating an empty one', async () => {
    const t = tempDbFile();
    cleanups.push(t.cleanup);
    const typo = join(t.dir, 'kcb-typo.sqlite');
    const run = await runCli(['visits', '--db', typo]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).error).toMatchObject({
      code: 'DB_NOT_FOUND',
      message: expect.stringMatching(/Không tìm thấy/),
      messageEn: expect.stringMatching(/No such file/),
    });
    expect(existsSync(typo)).toBe(false);
  });

  it('writes CSV times in Vietnam time and keeps a name that looks like a formula as text', async () => {
    const t = tempDbFile();
    cleanups.push(t.cleanup);
    const db = openDatabase(t.file);
    const patient = { ...sampleCheckIn(db).patient, fullName: '=HYPERLINK("http://x.example","Bấm")' };
    // 06:30 in Vietnam is 23:30 UTC the evening before.
    registerVisit(db, sampleCheckIn(db, { patient }), { now: () => vnTime(2026, 3, 10, 6, 30) });
    db.close();
    const csv = await runCli(['visits', '--db', t.file, '--date', '2026-03-10', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const row = csv.stdout.trimEnd().split('\r\n')[1]!;
    expect(row).toMatch(/^A-001,2026-03-10T06:30:00\+07:00,/);
    expect(row).toContain(`"'=HYPERLINK(""http://x.example"",""Bấm"")"`);
  });
});
