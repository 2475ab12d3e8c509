// The --seed file as trainers and hospital IT write it by hand: checked when the simulator starts, so a
// missing or mistyped field is named then, instead of a card that answers 010 (no validity dates) or an
// HTTP 500 (no name) at the first check of a training session. Formats as the gateway writes them
// (bhxh-gateway.md §2): card dates dd/MM/yyyy, DOB dd/MM/yyyy or yyyy, history times yyyyMMddHHmm.
import { z } from 'zod';
import type { SimSeed } from './seed-cards';

const cardDate = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, 'must be dd/MM/yyyy');
const cardCode = z.string().regex(/^[A-Z]{2}\d{13}$/, 'must be a 15-char card code (2 letters, 13 digits)');
const facility = z.string().regex(/^[0-9A-Z]{5}$/, 'must be a 5-char mã CSKCB');
const stamp = z.string().regex(/^\d{12}$/, 'must be yyyyMMddHHmm');

const card = z.object({
  maThe: cardCode,
  hoTen: z.string().trim().min(1, 'is required'),
  ngaySinh: z.string().regex(/^(\d{2}\/\d{2}\/)?\d{4}$/, 'must be dd/MM/yyyy or yyyy'),
  gioiTinh: z.enum(['Nam', 'Nữ', 'Chưa xác định']),
  cccd: z
    .string()
    .regex(/^\d{12}$/, 'must be 12 digits')
    .optional(),
  diaChi: z.string(),
  maDKBD: facility,
  cqBHXH: z.string(),
  gtTheTu: cardDate,
  gtTheDen: cardDate,
  ngayDu5Nam: cardDate.optional(),
  maKV: z.string().optional(),
  status: z
    .string()
    .regex(/^\d{3}$/, 'must be a 3-digit result code')
    .optional(),
  statusNote: z.string().optional(),
  maTheCu: cardCode.optional(),
  newCard: z
    .object({ maThe: cardCode, gtTheTu: cardDate, gtTheDen: cardDate, maDKBD: facility, tenDKBD: z.string() })
    .optional(),
  history: z
    .array(
      z.object({
        maHoSo: z.string(),
        maCSKCB: z.string(),
        ngayVao: stamp,
        ngayRa: z.string(),
        tenBenh: z.string(),
        tinhTrang: z.string(),
        kqDieuTri: z.string(),
        lyDoVV: z.string(),
      }),
    )
    .optional(),
  checkedTodayBy: z.array(z.object({ userKT: z.string(), minutesAgo: z.number().min(0) })).optional(),
});

const seedFileSchema = z.object({
  cards: z.array(card).optional(),
  officers: z
    .array(z.object({ name: z.string().trim().min(1), cccd: z.string().regex(/^\d{12}$/) }))
    .optional(),
  accounts: z.array(z.object({ username: z.string().min(1), password: z.string().min(1) })).optional(),
});

/** The parsed file, or every problem as `cards[2].gtTheTu: must be dd/MM/yyyy` (English, for the CLI). */
export function parseSeedFile(
  json: unknown,
): { ok: true; seed: Partial<SimSeed> } | { ok: false; problems: string[] } {
  const r = seedFileSchema.safeParse(json);
  if (r.success) return { ok: true, seed: r.data as Partial<SimSeed> };
  const where = (path: PropertyKey[]) =>
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  return { ok: false, problems: r.error.issues.map((i) => `${where(i.path)}: ${i.message}`) };
}
