// Visit store speed (issue #4): (1) check-in commit latency with WAL + synchronous=FULL, i.e. one fsync
// per visit — what the receptionist waits for after pressing Enter; (2) listing one day's visits when the
// file already holds 1,000,000 visits (years of a busy hospital); (3) the sync's per-run counts there.
// The big file is generated once with bulk inserts in one transaction and cached under .bench/ (gitignored).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/services/store/database';
import { claimNext, outboxCounts } from '../../electron/services/sync/outbox';
import { findClinic } from '../../electron/services/store/settings';
import { registerVisit } from '../../electron/services/visits/check-in';
import type { CheckInInput } from '../../electron/services/visits/check-in';
import { formatQueueNumber } from '../../electron/services/visits/queue-numbers';
import { vnDate, vnTime } from '../../shared/time/vietnam-time';
import { listVisitsForDay } from '../../electron/services/visits/visit-queries';
import { report, summarize, timeUs } from './stats';

const benchDir = fileURLToPath(new URL('../../.bench/', import.meta.url));
mkdirSync(benchDir, { recursive: true });

function input(db: ReturnType<typeof openDatabase>, i: number): CheckInInput {
  return {
    patient: {
      fullName: `Nguyễn Văn Bệnh Nhân ${i}`,
      dateOfBirth: '1980-01-01',
      gender: 1,
      citizenId: null,
      cardNumber: `DN40101${String(i).padStart(8, '0')}`,
      socialInsuranceNumber: null,
      registeredFacility: '01832',
      cardValidFrom: '2026-01-01',
      cardValidTo: '2026-12-31',
    },
    officer: { name: 'Đặng Văn Bình', cccd: '001090000001' },
    facilityCode: '01832',
    deskPrefix: 'A',
    clinic: findClinic(db, 'K01')!,
    cardStatus: 'unverified',
    deskAnswer: null,
  };
}

// (1) Commit latency on a fresh file.
{
  const file = join(benchDir, 'checkin-latency.sqlite');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const db = openDatabase(file);
  for (let i = 0; i < 50; i++) registerVisit(db, input(db, i)); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 2_000; i++) samples.push(timeUs(() => registerVisit(db, input(db, i))) / 1000);
  report('check-in commit (visit+outbox+audit, synchronous=FULL)', summarize(samples), 'ms');
  db.close();
}

// (2) One day's list with 1,000,000 visits in the file: 1,000 visits a day over 1,000 days.
{
  const file = join(benchDir, 'visits-1m.sqlite');
  const perDay = 1_000;
  const days = 1_000;
  const start = vnTime(2023, 1, 1, 7);
  if (!existsSync(file)) {
    const t0 = performance.now();
    const db = openDatabase(file);
    const insert = db.prepare(
      `INSERT INTO visits (id, ma_lk, created_at, day, desk_prefix, queue_seq, queue_number, officer_name,
         officer_cccd, facility_code, clinic_code, service_code, service_name, visit_type, object_code,
         patient_code, full_name, date_of_birth, gender, card_number, registered_facility, card_valid_from,
         card_valid_to, card_status, status, ma_giao_dich)
       VALUES (?, ?, ?, ?, 'A', ?, ?, 'Đặng Văn Bình', '001090000001', '01832', 'K01', '02.1896', 'Khám Nội',
         '01', '1.1', ?, ?, '1980-01-01', 1, ?, '01832', '2026-01-01', '2026-12-31', 'verified', 'synced', ?)`,
    );
    db.transaction(() => {
      for (let d = 0; d < days; d++) {
        const dayStart = start + d * 86_400_000;
        const day = vnDate(dayStart);
        for (let q = 1; q <= perDay; q++) {
          const n = d * perDay + q;
          const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
          const card = `DN40101${String(n % 10_000_000).padStart(8, '0')}`;
          insert.run(id, id.replace(/-/g, ''), dayStart + q * 30_000, day, q, formatQueueNumber('A', q), card,
            `Người Bệnh ${n}`, card, `GD${n}`); // prettier-ignore
        }
      }
    })();
    db.close();
    console.log(
      `generated ${(days * perDay).toLocaleString('en')} visits in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const db = openDatabase(file);
  const total = (db.prepare('SELECT count(*) AS n FROM visits').get() as { n: number }).n;
  const day = vnDate(start + 500 * 86_400_000);
  let listed = 0;
  for (let i = 0; i < 5; i++) listed = listVisitsForDay(db, day).length; // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) samples.push(timeUs(() => void listVisitsForDay(db, day)) / 1000);
  report(`list one day (${listed} visits) of ${total.toLocaleString('en')} visits`, summarize(samples), 'ms');

  // (3) The sync's bookkeeping on the same file once every visit has its DONE submission: the counts
  // each run ends with (on the desk app's main process, every timer tick) must not grow with the years.
  const items = (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  if (items === 0) {
    db.prepare(
      `INSERT INTO outbox (visit_id, kind, status, sends, next_attempt_at, created_at, updated_at)
       SELECT id, 'submit', 'DONE', 1, created_at, created_at, created_at FROM visits`,
    ).run();
  }
  for (const mode of ['live', 'training'] as const) {
    const counts: number[] = [];
    for (let i = 0; i < 20; i++) counts.push(timeUs(() => void outboxCounts(db, mode)) / 1000);
    report(`sync counts (${mode}) with ${total.toLocaleString('en')} DONE items`, summarize(counts), 'ms');
  }
  const claims: number[] = [];
  for (let i = 0; i < 20; i++) claims.push(timeUs(() => void claimNext(db, 'bench', Date.now())) / 1000);
  report('claim next item (none due) in the same file', summarize(claims), 'ms');
  db.close();
}
