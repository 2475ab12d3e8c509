import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/services/store/database';
import { auditTrail } from '../../electron/services/visits/audit-log';
import { cardChecksOf } from '../../electron/services/visits/card-checks';
import { vnTime } from '../../shared/time/vietnam-time';
import { registerVisit } from '../../electron/services/visits/check-in';
import { formatQueueNumber } from '../../electron/services/visits/queue-numbers';
import { listVisitsForDay } from '../../electron/services/visits/visit-queries';
import { sampleCheckIn } from './store-fixtures';
import { tempDbFiles } from './temp-db-files';

const freshFile = tempDbFiles();
const outboxOf = (db: ReturnType<typeof openDatabase>, visitId: string) =>
  db.prepare('SELECT kind, status FROM outbox WHERE visit_id = ? ORDER BY id').all(visitId);

const queueChild = fileURLToPath(new URL('./queue-child.ts', import.meta.url));
// 2026-03-10 08:15 in Vietnam.
const morning = vnTime(2026, 3, 10, 8, 15);

describe('check-in', () => {
  it('writes the visit, its outbox items and an audit entry in one transaction', () => {
    const db = openDatabase(freshFile());
    const visit = registerVisit(db, sampleCheckIn(db), { now: () => morning });
    expect(visit).toMatchObject({
      queueNumber: 'A-001',
      day: '2026-03-10',
      cardStatus: 'unverified',
      cardVerified: false,
      status: 'pending',
      maGiaoDich: null,
      facilityCode: '01832',
      clinicCode: 'K01',
      visitType: '01',
      objectCode: '1.1',
    });
    expect(visit.maLk).toMatch(/^[0-9A-F]{32}$/);
    expect(visit.patient.patientCode).toBe('0101000001');
    // Registered offline: the card is re-checked before the XML0 submission.
    expect(outboxOf(db, visit.id)).toEqual([
      { kind: 'card-check', status: 'PENDING' },
      { kind: 'submit', status: 'PENDING' },
    ]);
    const trail = auditTrail(db, visit.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actor: 'Đặng Văn Bình', action: 'check-in' });
    // No full card number in the audit log.
    expect(JSON.stringify(trail)).not.toContain('DN4010100000001');
    db.close();
  });

  it('keeps the desk gateway answer and skips the re-check when the card was verified', () => {
    const db = openDatabase(freshFile());
    const answer = {
      code: '000',
      severity: 'usable',
      message: 'Thẻ còn giá trị sử dụng!',
      raw: { maKetQua: '000' },
    };
    const visit = registerVisit(db, sampleCheckIn(db, { cardStatus: 'verified', deskAnswer: answer }));
    expect(visit.cardVerified).toBe(true);
    expect(outboxOf(db, visit.id)).toEqual([{ kind: 'submit', status: 'PENDING' }]);
    expect(cardChecksOf(db, visit.id)).toEqual([
      expect.objectContaining({ source: 'desk', code: '000', raw: { maKetQua: '000' } }),
    ]);
    db.close();
  });

  it('commits nothing, not even a queue number, when a write fails midway', () => {
    const db = openDatabase(freshFile());
    const bad = sampleCheckIn(db, { officer: { name: 'X', cccd: null as unknown as string } });
    expect(() => registerVisit(db, bad, { now: () => morning })).toThrow(/NOT NULL/);
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM queue_counters').get()).toEqual({ n: 0 });
    expect(registerVisit(db, sampleCheckIn(db), { now: () => morning }).queueNumber).toBe('A-001');
    db.close();
  });

  it('refuses a second visit with the same id (a replayed registration never duplicates)', () => {
    const db = openDatabase(freshFile());
    const uuid = () => '11111111-2222-3333-4444-555555555555';
    registerVisit(db, sampleCheckIn(db), { uuid });
    expect(() => registerVisit(db, sampleCheckIn(db), { uuid })).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('queue numbers', () => {
  it('count per day and per desk prefix, and continue after a restart', () => {
    const file = freshFile();
    let db = openDatabase(file);
    const at =
      (h: number, day = 10) =>
      () =>
        new Date(2026, 2, day, h).getTime();
    expect(registerVisit(db, sampleCheckIn(db), { now: at(8) }).queueNumber).toBe('A-001');
    expect(registerVisit(db, sampleCheckIn(db), { now: at(9) }).queueNumber).toBe('A-002');
    expect(registerVisit(db, sampleCheckIn(db, { deskPrefix: 'B' }), { now: at(9) }).queueNumber).toBe(
      'B-001',
    );
    db.close();

    db = openDatabase(file);
    expect(registerVisit(db, sampleCheckIn(db), { now: at(10) }).queueNumber).toBe('A-003');
    // A new day starts again at 001.
    expect(registerVisit(db, sampleCheckIn(db), { now: at(7, 11) }).queueNumber).toBe('A-001');
    expect(listVisitsForDay(db, '2026-03-10').map((v) => v.queueNumber)).toEqual([
      'A-001',
      'A-002',
      'B-001',
      'A-003',
    ]);
    db.close();
  });

  it('are never reused, even when a visit row is removed', () => {
    const db = openDatabase(freshFile());
    const first = registerVisit(db, sampleCheckIn(db), { now: () => morning });
    db.prepare('DELETE FROM audit_log WHERE visit_id = ?').run(first.id);
    db.prepare('DELETE FROM outbox WHERE visit_id = ?').run(first.id);
    db.prepare('DELETE FROM visits WHERE id = ?').run(first.id);
    expect(registerVisit(db, sampleCheckIn(db), { now: () => morning }).queueNumber).toBe('A-002');
    db.close();
  });

  it('stay unique and gap-free when three desk processes register at the same moment on one file', async () => {
    const file = freshFile();
    openDatabase(file).close();
    const desks = [0, 1, 2].map(() => {
      const child = spawn(process.execPath, ['--import', 'tsx', queueChild, file, '300'], {
        env: { ...process.env, KCB_NOW: String(morning) },
      });
      let out = '';
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const ready = new Promise<void>((resolve) =>
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.startsWith('ready\n')) resolve();
        }),
      );
      const numbers = new Promise<string[]>((resolve, reject) =>
        child.on('close', (code) =>
          code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length))) : reject(new Error(err)),
        ),
      );
      return { child, ready, numbers };
    });
    await Promise.all(desks.map((d) => d.ready));
    for (const d of desks) d.child.stdin.write('go\n');
    const runs = await Promise.all(desks.map((d) => d.numbers));
    const all = runs.flat().sort();
    expect(all).toEqual(Array.from({ length: 900 }, (_, i) => formatQueueNumber('A', i + 1)));
    // Each desk saw its own numbers increase, and the desks really ran at the same time: their numbers
    // interleave instead of forming three blocks.
    for (const r of runs) expect([...r].sort()).toEqual(r);
    const seqs = runs.map((r) => r.map((q) => Number(q.slice(2))));
    expect(seqs.some((r) => r[r.length - 1]! - r[0]! >= r.length)).toBe(true);
  }, 30_000);

  it('stay unique when two connections share the file', async () => {
    const file = freshFile();
    const a = openDatabase(file);
    const b = openDatabase(file);
    const numbers = new Set<string>();
    for (let i = 0; i < 20; i++) {
      numbers.add(registerVisit(a, sampleCheckIn(a), { now: () => morning }).queueNumber);
      numbers.add(registerVisit(b, sampleCheckIn(b), { now: () => morning }).queueNumber);
    }
    expect(numbers.size).toBe(40);
    a.close();
    b.close();
  });
});
