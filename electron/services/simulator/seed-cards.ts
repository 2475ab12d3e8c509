// Demo data of the simulator (training mode, chế độ đào tạo): one card per result code, Vietnamese names
// that break naive code (Đặng, Nguyễn Thị Ỷ, the Ê Đê name "Y Bŏ Niê"), the facility accounts and the
// officers registered for the CV 1923 officer check (054/055). Validity dates follow the current year so
// the demo never rots. A --seed file adds or replaces cards, officers and accounts by key.
import { readFile } from 'node:fs/promises';
import { vnClock, vnStamp } from '../../../shared/time/vietnam-time';
import { parseSeedFile } from './seed-file';

export type GenderText = 'Nam' | 'Nữ' | 'Chưa xác định';
/**
 * Registry states that end a check before the validity dates are looked at (bhxh-gateway.md §5). A seed
 * file may use any other code (with `statusNote` as its ghiChu) to rehearse codes BHXH adds later.
 */
export type CardStatus = '100' | '101' | '110' | '120' | '121' | '122' | '123' | '124' | (string & {});

export interface SimHistoryEntry {
  maHoSo: string;
  maCSKCB: string;
  /** `yyyyMMddHHmm`. */
  ngayVao: string;
  ngayRa: string;
  tenBenh: string;
  tinhTrang: string;
  kqDieuTri: string;
  lyDoVV: string;
}

export interface SimCard {
  maThe: string;
  /** As held by the registry: ethnic-minority letters as base letters. */
  hoTen: string;
  /** `dd/MM/yyyy`, or `yyyy`. */
  ngaySinh: string;
  gioiTinh: GenderText;
  cccd?: string;
  diaChi: string;
  maDKBD: string;
  cqBHXH: string;
  /** `dd/MM/yyyy`. */
  gtTheTu: string;
  gtTheDen: string;
  ngayDu5Nam?: string;
  maKV?: string;
  status?: CardStatus;
  /** The card this one replaced (answered as maTheCu). */
  maTheCu?: string;
  /** ghiChu for a `status` outside the official list. */
  statusNote?: string;
  newCard?: { maThe: string; gtTheTu: string; gtTheDen: string; maDKBD: string; tenDKBD: string };
  history?: SimHistoryEntry[];
  /** Checks by other facilities earlier today, minutes before the simulator started. */
  checkedTodayBy?: { userKT: string; minutesAgo: number }[];
}

export interface SimOfficer {
  name: string;
  cccd: string;
}

export interface SimAccount {
  username: string;
  password: string;
}

export interface SimSeed {
  cards: SimCard[];
  officers: SimOfficer[];
  accounts: SimAccount[];
}

/** The account and officer the app uses in training mode (no gateway configured). Public demo data. */
export const trainingAccount = {
  username: '01832_BV',
  password: 'daotao01832',
  officerName: 'Nguyễn Thị Bình',
  officerCccd: '001190012345',
  maCSKCB: '01832',
} as const;

const HN = 'Phường Phú Lãm, Quận Hà Đông, Thành phố Hà Nội';
const cqHN = 'Bảo hiểm Xã hội quận Hà Đông';

function history(now: number, maCSKCB: string, daysAgo: number, seq: number): SimHistoryEntry {
  const inAt = now - daysAgo * 86_400_000;
  return {
    maHoSo: `${vnStamp(inAt).slice(2, 8)}${String(seq).padStart(4, '0')}`,
    maCSKCB,
    ngayVao: vnStamp(inAt),
    ngayRa: vnStamp(inAt + 5 * 3600_000),
    tenBenh: seq % 2 ? 'Viêm họng cấp' : 'Tăng huyết áp vô căn (nguyên phát)',
    tinhTrang: '1',
    kqDieuTri: '2',
    lyDoVV: '1',
  };
}

/** The built-in demo registry, dated around `now`. */
export function builtinSeed(now: number): SimSeed {
  const { year: y, month } = vnClock(now);
  // 004: the new card (a change of object code) is valid from this month, while the old one runs on.
  const mm = String(month).padStart(2, '0');
  const thisYear = { gtTheTu: `01/01/${y}`, gtTheDen: `31/12/${y}` };
  const lastYear = { gtTheTu: `01/01/${y - 1}`, gtTheDen: `31/12/${y - 1}` };
  const base = { diaChi: HN, cqBHXH: cqHN, maDKBD: '01832', ...thisYear };
  const reported = (maThe: string, hoTen: string, status: CardStatus): SimCard => ({
    ...base,
    maThe,
    hoTen,
    ngaySinh: '14/02/1970',
    gioiTinh: 'Nữ',
    diaChi: 'Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh',
    cqBHXH: 'Bảo hiểm Xã hội tỉnh Bắc Ninh',
    maDKBD: '27001',
    status,
  });
  const cards: SimCard[] = [
    // 000, also by CCCD and mã số BHXH; with history.
    { ...base, maThe: 'DN4010123456789', hoTen: 'Đặng Văn Hùng', ngaySinh: '15/08/1985', gioiTinh: 'Nam',
      cccd: '001085012345', ngayDu5Nam: `01/06/${y - 3}`,
      history: [history(now, '01094', 30, 1), history(now, '01832', 200, 2)] },
    // 000 with a year-only date of birth.
    { ...base, maThe: 'HT3010234567890', hoTen: 'Nguyễn Thị Ỷ', ngaySinh: '1948', gioiTinh: 'Nữ', cccd: '001148000123' },
    // 060 when sent as printed ("Y Bŏ Niê"), 000 with the breve stripped: the registry holds base letters.
    { ...base, maThe: 'DT2660345678901', hoTen: 'Y Bo Niê', ngaySinh: '12/03/1979', gioiTinh: 'Nam',
      diaChi: 'Xã Ea Tu, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk', cqBHXH: 'Bảo hiểm Xã hội tỉnh Đắk Lắk',
      maDKBD: '66001' },
    // 001 / 002: armed forces and police cards.
    { ...base, maThe: 'QN5010456789012', hoTen: 'Lê Quốc Tuấn', ngaySinh: '02/09/1980', gioiTinh: 'Nam',
      cqBHXH: 'Bảo hiểm Xã hội Bộ Quốc phòng' },
    { ...base, maThe: 'CA5790567890123', hoTen: 'Phạm Minh Khôi', ngaySinh: '19/05/1988', gioiTinh: 'Nam',
      cqBHXH: 'Bảo hiểm Xã hội Công an nhân dân', maDKBD: '79032' },
    // 003: old card expired, new card issued (retired: DN → HT).
    { ...base, ...lastYear, maThe: 'DN4790678901234', hoTen: 'Trương Thị Hạnh', ngaySinh: '07/07/1964', gioiTinh: 'Nữ',
      maDKBD: '79032', diaChi: 'Phường 7, Quận 3, TP Hồ Chí Minh', cqBHXH: 'Bảo hiểm Xã hội Quận 3',
      newCard: { maThe: 'HT3790678901234', ...thisYear, maDKBD: '79032', tenDKBD: 'Bệnh viện Quận 3' } },
    // 004: old card still valid, new card issued early.
    { ...base, maThe: 'SV4480789012345', hoTen: 'Huỳnh Ngọc Ánh', ngaySinh: '23/10/2003', gioiTinh: 'Nữ',
      maDKBD: '48001', diaChi: 'Phường Hòa Khánh Bắc, Quận Liên Chiểu, Thành phố Đà Nẵng',
      cqBHXH: 'Bảo hiểm Xã hội Thành phố Đà Nẵng',
      newCard: { maThe: 'GD4480789012345', gtTheTu: `01/${mm}/${y}`, gtTheDen: `31/12/${y + 1}`, maDKBD: '48001',
        tenDKBD: 'Trung tâm Y tế quận Liên Chiểu' } },
    // 010: expired, no new card.
    { ...base, ...lastYear, maThe: 'HS4310890123456', hoTen: 'Vũ Đức Thắng', ngaySinh: '11/11/2008', gioiTinh: 'Nam',
      maDKBD: '31001', diaChi: 'Phường Lạch Tray, Quận Ngô Quyền, Thành phố Hải Phòng',
      cqBHXH: 'Bảo hiểm Xã hội Thành phố Hải Phòng' },
    // 100 / 101: the registry or the server fails for this card.
    { ...base, maThe: 'DN4010100000100', hoTen: 'Bùi Thị Lan', ngaySinh: '01/01/1990', gioiTinh: 'Nữ', status: '100' },
    { ...base, maThe: 'DN4010100000101', hoTen: 'Đỗ Văn Tài', ngaySinh: '01/01/1991', gioiTinh: 'Nam', status: '101' },
    // 110, 120–124: withdrawn and cancelled cards.
    { ...reported('GD4270111111110', 'Hoàng Văn Nam', '110'), gioiTinh: 'Nam' },
    reported('GD4270120120120', 'Trịnh Thị Thu', '120'),
    { ...reported('GD4270121121121', 'Mai Văn Sơn', '121'), gioiTinh: 'Nam' },
    reported('GD4270122122122', 'Lý Thị Hoa', '122'),
    { ...reported('DN4270123123123', 'Phan Văn Lộc', '123'), gioiTinh: 'Nam' },
    reported('GD4270124124124', 'Tô Thị Nga', '124'),
    // 130 when looked up by CCCD or mã số BHXH (child without the card), 000 by card code.
    { ...base, maThe: 'TE1010130130130', hoTen: 'Đinh Gia Bảo', ngaySinh: `06/04/${y - 2}`, gioiTinh: 'Nam',
      cccd: `0012${String(y - 2).slice(2)}001300`, gtTheTu: `06/04/${y - 2}`, gtTheDen: `05/04/${y + 4}` },
    // Already checked today at another facility: the desk must see the anti-abuse warning.
    { ...base, maThe: 'DN4010123000777', hoTen: 'Ngô Thị Mai', ngaySinh: '30/04/1975', gioiTinh: 'Nữ',
      cccd: '001175000777', history: [history(now, '01094', 1, 3)],
      checkedTodayBy: [{ userKT: '01094_BV', minutesAgo: 90 }] },
  ]; // prettier-ignore
  return {
    cards,
    officers: [
      { name: trainingAccount.officerName, cccd: trainingAccount.officerCccd },
      { name: 'Trần Văn Minh', cccd: '079085001234' },
      { name: 'Đặng Thị Ỷ Lan', cccd: '001195004321' },
    ],
    accounts: [
      { username: trainingAccount.username, password: trainingAccount.password },
      { username: '79032_BV', password: 'daotao79032' },
    ],
  };
}

/** How to produce each result code with the built-in seed (training notes and tests). */
export interface DemoCase {
  code: string;
  maThe: string;
  hoTen: string;
  ngaySinh: string;
  note: string;
}

export function demoCases(now: number): DemoCase[] {
  const y = vnClock(now).year;
  const hung = { hoTen: 'Đặng Văn Hùng', ngaySinh: '15/08/1985' };
  const bn = { hoTen: 'Trịnh Thị Thu', ngaySinh: '14/02/1970' };
  return [
    { code: '000', maThe: 'DN4010123456789', ...hung, note: 'Thẻ hợp lệ / valid card' },
    { code: '000', maThe: '001085012345', ...hung, note: 'Tra bằng CCCD / by CCCD' },
    { code: '000', maThe: '0123456789', ...hung, note: 'Tra bằng mã số BHXH / by social insurance number' },
    { code: '000', maThe: 'HT3010234567890', hoTen: 'Nguyễn Thị Ỷ', ngaySinh: '1948', note: 'Chỉ có năm sinh' },
    { code: '000', maThe: 'DT2660345678901', hoTen: 'Y Bo Niê', ngaySinh: '12/03/1979', note: 'Tên đã bỏ dấu dân tộc' },
    { code: '001', maThe: 'QN5010456789012', hoTen: 'Lê Quốc Tuấn', ngaySinh: '02/09/1980', note: 'BHXH Bộ Quốc phòng' },
    { code: '002', maThe: 'CA5790567890123', hoTen: 'Phạm Minh Khôi', ngaySinh: '19/05/1988', note: 'BHXH Bộ Công an' },
    { code: '003', maThe: 'DN4790678901234', hoTen: 'Trương Thị Hạnh', ngaySinh: '07/07/1964', note: 'Thẻ cũ hết hạn, có thẻ mới' },
    { code: '004', maThe: 'SV4480789012345', hoTen: 'Huỳnh Ngọc Ánh', ngaySinh: '23/10/2003', note: 'Thẻ cũ còn hạn, có thẻ mới' },
    { code: '010', maThe: 'HS4310890123456', hoTen: 'Vũ Đức Thắng', ngaySinh: '11/11/2008', note: 'Thẻ hết hạn' },
    { code: '050', maThe: 'DN4010999999999', ...hung, note: 'Không có thông tin thẻ' },
    { code: '051', maThe: 'XY4010123456789', ...hung, note: 'Mã đối tượng không tồn tại' },
    { code: '052', maThe: 'DN4990123456789', ...hung, note: 'Mã tỉnh 99 không tồn tại' },
    { code: '053', maThe: 'DN7010123456789', ...hung, note: 'Mức hưởng 7' },
    { code: '060', maThe: 'DT2660345678901', hoTen: 'Y Bŏ Niê', ngaySinh: '12/03/1979', note: 'Chữ Ŏ dân tộc Ê Đê' },
    { code: '060', maThe: 'DN4010123456789', hoTen: 'Trần Văn Hùng', ngaySinh: '15/08/1985', note: 'Sai họ tên' },
    { code: '061', maThe: 'DN4010123456789', hoTen: 'Đỗ Văn Hùng', ngaySinh: '15/08/1985', note: 'Sai họ tên, đúng ký tự đầu' },
    { code: '070', maThe: 'DN4010123456789', hoTen: 'Đặng Văn Hùng', ngaySinh: '16/08/1985', note: 'Sai ngày sinh' },
    { code: '100', maThe: 'DN4010100000100', hoTen: 'Bùi Thị Lan', ngaySinh: '01/01/1990', note: 'Lỗi sổ thẻ' },
    { code: '101', maThe: 'DN4010100000101', hoTen: 'Đỗ Văn Tài', ngaySinh: '01/01/1991', note: 'Lỗi server' },
    { code: '110', maThe: 'GD4270111111110', hoTen: 'Hoàng Văn Nam', ngaySinh: bn.ngaySinh, note: 'Thẻ đã thu hồi' },
    { code: '120', maThe: 'GD4270120120120', ...bn, note: 'Đã báo giảm' },
    { code: '121', maThe: 'GD4270121121121', hoTen: 'Mai Văn Sơn', ngaySinh: bn.ngaySinh, note: 'Báo giảm ngoại tỉnh' },
    { code: '122', maThe: 'GD4270122122122', hoTen: 'Lý Thị Hoa', ngaySinh: bn.ngaySinh, note: 'Báo giảm nội tỉnh' },
    { code: '123', maThe: 'DN4270123123123', hoTen: 'Phan Văn Lộc', ngaySinh: bn.ngaySinh, note: 'Báo giảm tăng lại' },
    { code: '124', maThe: 'GD4270124124124', hoTen: 'Tô Thị Nga', ngaySinh: bn.ngaySinh, note: 'Báo giảm ngừng tham gia' },
    { code: '130', maThe: `0012${String(y - 2).slice(2)}001300`, hoTen: 'Đinh Gia Bảo', ngaySinh: `06/04/${y - 2}`,
      note: 'Trẻ em tra bằng CCCD, không xuất trình thẻ' },
    { code: '205', maThe: 'DN4010123456789', hoTen: 'Đặng Văn Hùng', ngaySinh: '15-08-1985', note: 'Sai định dạng ngày' },
  ]; // prettier-ignore
}

/** Merges a --seed JSON file (`{cards?, officers?, accounts?}`) over the built-in seed, by key. */
export async function loadSeed(now: number, seedFile?: string): Promise<SimSeed> {
  const seed = builtinSeed(now);
  if (!seedFile) return seed;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(seedFile, 'utf8'));
  } catch (e) {
    throw new RangeError(`seed file ${seedFile}: ${(e as Error).message}`, { cause: e });
  }
  const parsed = parseSeedFile(json);
  if (!parsed.ok) throw new RangeError(`seed file ${seedFile}: ${parsed.problems.slice(0, 10).join('; ')}`);
  return mergeSeed(seed, parsed.seed);
}

/** `extra` over `seed`: a card by maThe, an officer by CCCD, an account by username replaces its twin. */
export function mergeSeed(seed: SimSeed, extra: Partial<SimSeed>): SimSeed {
  const merge = <T>(list: T[], more: T[] | undefined, key: (t: T) => string) => {
    const byKey = new Map(list.map((t) => [key(t), t]));
    for (const t of more ?? []) byKey.set(key(t), t);
    return [...byKey.values()];
  };
  return {
    cards: merge(seed.cards, extra.cards, (c) => c.maThe),
    officers: merge(seed.officers, extra.officers, (o) => o.cccd),
    accounts: merge(seed.accounts, extra.accounts, (a) => a.username),
  };
}
