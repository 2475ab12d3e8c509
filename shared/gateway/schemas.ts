// zod schemas of what the gateway sends back (../shared/docs/bhxh-gateway.md §1–3). Lenient where real
// responses vary (numbers vs strings, null lists, extra fields), strict on what we act on: a body without
// a maKetQua is malformed, whatever else it holds.
import { z } from 'zod';

/** maKetQua arrives as "000" or, from some proxies and older builds, as a number; blank is no answer. */
const code = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v).padStart(3, '0') : v.trim()))
  .refine((v) => v !== '', 'maKetQua is blank');
const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? '' : String(v)));

export const loginResponseSchema = z.looseObject({
  maKetQua: code,
  APIKey: z
    .looseObject({
      access_token: z.string().min(1),
      id_token: z.string().min(1),
      token_type: text,
      username: text,
      // Documented as an ISO timestamp (bhxh-gateway.md §1); anything else falls back to the observed
      // 10-minute life in the client rather than refusing a token the gateway did issue.
      expires_in: text,
    })
    .nullish(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const historyEntrySchema = z.looseObject({
  maHoSo: text,
  maCSKCB: text,
  ngayVao: text,
  ngayRa: text,
  tenBenh: text,
  tinhTrang: text,
  kqDieuTri: text,
  lyDoVV: text,
});

export const checkTodaySchema = z.looseObject({
  userKT: text,
  thoiGianKT: text,
  thongBao: text,
  maLoi: text,
});

export const cardCheckResponseSchema = z.looseObject({
  maKetQua: code,
  ghiChu: text,
  maThe: text,
  hoTen: text,
  ngaySinh: text,
  gioiTinh: text,
  diaChi: text,
  maDKBD: text,
  cqBHXH: text,
  gtTheTu: text,
  gtTheDen: text,
  maKV: text,
  ngayDu5Nam: text,
  maSoBHXH: text,
  maTheCu: text,
  maTheMoi: text,
  gtTheTuMoi: text,
  gtTheDenMoi: text,
  maDKBDMoi: text,
  tenDKBDMoi: text,
  dsLichSuKCB2018: z.array(historyEntrySchema).nullish(),
  dsLichSuKT2018: z.array(checkTodaySchema).nullish(),
});
export type CardCheckResponse = z.infer<typeof cardCheckResponseSchema>;

export const submissionResponseSchema = z.looseObject({
  maKetQua: code,
  maGiaoDich: text,
  thoiGianTiepNhan: text,
  thongDiep: text,
});
export type SubmissionResponse = z.infer<typeof submissionResponseSchema>;
