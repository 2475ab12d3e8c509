// What a card check means for the desk: the gateway's answer (schemas.ts) normalised to ISO dates and
// XML0 codes, with the result code's severity/texts/action (result-codes.ts) and, where the gateway gives
// one, the concrete next step: the new card (003/004), the registered DOB (070), a name without
// ethnic-minority marks (060/061). Pure, so the UI can rebuild it from the stored `raw`.
import type { Message } from '../message';
import type { CheckSeverity } from './result-codes';
import { describeResultCode, isUsableSeverity } from './result-codes';
import type { CardCheckResponse } from './schemas';
import { gatewayDateToIso, gatewayTimeToIso } from './gateway-dates';
import { vnStampToEpoch } from '../time/vietnam-time';
import { hasEthnicDiacritics, stripEthnicDiacritics } from './names';

export interface CheckedCard {
  /** Always the 15-char code, also when asked by mã số BHXH or CCCD. */
  maThe: string;
  hoTen: string;
  /** `YYYY-MM-DD`, or `YYYY` when only the year is registered. */
  ngaySinh: string | null;
  /** XML0 coding (QĐ 4750): 1 Nam, 2 Nữ, 3 chưa xác định. */
  gioiTinh: 1 | 2 | 3;
  /** As the gateway wrote it: Nam / Nữ / Chưa xác định. */
  gioiTinhText: string;
  diaChi: string;
  maDKBD: string;
  cqBHXH: string;
  gtTheTu: string | null;
  gtTheDen: string | null;
  maKV: string;
  ngayDu5Nam: string | null;
  maSoBHXH: string;
  maTheCu: string;
  /** New-card fields (003/004; the gateway may also repeat the current card here on 000). */
  maTheMoi: string;
  gtTheTuMoi: string | null;
  gtTheDenMoi: string | null;
  maDKBDMoi: string;
  tenDKBDMoi: string;
}

export interface VisitHistoryEntry {
  maHoSo: string;
  maCSKCB: string;
  /** `YYYY-MM-DDTHH:mm`, Vietnam time. */
  ngayVao: string | null;
  ngayRa: string | null;
  tenBenh: string;
  /** 1 ra viện, 2 chuyển viện, 3 trốn viện, 4 xin ra viện. */
  tinhTrang: string;
  /** 1 khỏi, 2 đỡ, 3 không thay đổi, 4 nặng hơn, 5 tử vong. */
  kqDieuTri: string;
  /** 1 đúng tuyến, 2 cấp cứu, 3 trái tuyến, 4 thông tuyến. */
  lyDoVV: string;
}

export interface CheckToday {
  userKT: string;
  /** `YYYY-MM-DDTHH:mm`, Vietnam time. */
  thoiGianKT: string | null;
  thongBao: string;
  maLoi: string;
}

export type CheckSuggestion =
  | { kind: 'use-new-card'; maThe: string; gtTheTu: string | null; gtTheDen: string | null; maDKBD: string }
  | { kind: 'retry-with-dob'; ngaySinh: string }
  | { kind: 'retry-with-name'; hoTen: string };

export interface CardCheckRequest {
  maThe: string;
  hoTen: string;
  /** As sent: `dd/MM/yyyy` or `yyyy`. */
  ngaySinh: string;
}

export interface CardCheckResult {
  code: string;
  /** False for a code outside the official list: message then carries the code and ghiChu verbatim. */
  known: boolean;
  severity: CheckSeverity;
  /** Official Vietnamese text of the code (CV 1923). */
  message: string;
  messageEn: string;
  action: Message;
  /** The gateway's own note, verbatim. */
  ghiChu: string;
  card: CheckedCard | null;
  /** Newest first (dsLichSuKCB2018). */
  history: VisitHistoryEntry[];
  /** Today's checks of this card as listed by the gateway (dsLichSuKT2018). */
  checksToday: CheckToday[];
  /**
   * Checked earlier today by another facility, or by us more than 2 minutes ago: a second visit the same
   * day needs attention. Our own check of the last 2 minutes (this one, a re-scan) does not count, nor
   * our own refused check (070, 060…) that the desk has just corrected and retried.
   */
  alreadyCheckedToday: boolean;
  /** 070: the registered date of birth (`YYYY-MM-DD` or `YYYY`). */
  registeredDob: string | null;
  suggestion: CheckSuggestion | null;
  /** What was asked, so the desk can show both names / dates side by side. */
  sent: CardCheckRequest;
  /** The parsed JSON, for storage. */
  raw: unknown;
}

const genderCode = (text: string): 1 | 2 | 3 => (text === 'Nam' ? 1 : text === 'Nữ' ? 2 : 3);

function toCard(r: CardCheckResponse): CheckedCard | null {
  if (!r.maThe) return null;
  return {
    maThe: r.maThe,
    hoTen: r.hoTen,
    ngaySinh: gatewayDateToIso(r.ngaySinh),
    gioiTinh: genderCode(r.gioiTinh.normalize('NFC')),
    gioiTinhText: r.gioiTinh,
    diaChi: r.diaChi,
    maDKBD: r.maDKBD,
    cqBHXH: r.cqBHXH,
    gtTheTu: gatewayDateToIso(r.gtTheTu),
    gtTheDen: gatewayDateToIso(r.gtTheDen),
    maKV: r.maKV,
    ngayDu5Nam: gatewayDateToIso(r.ngayDu5Nam),
    maSoBHXH: r.maSoBHXH,
    maTheCu: r.maTheCu,
    maTheMoi: r.maTheMoi,
    gtTheTuMoi: gatewayDateToIso(r.gtTheTuMoi),
    gtTheDenMoi: gatewayDateToIso(r.gtTheDenMoi),
    maDKBDMoi: r.maDKBDMoi,
    tenDKBDMoi: r.tenDKBDMoi,
  };
}

function suggest(r: CardCheckResponse, sent: CardCheckRequest): CheckSuggestion | null {
  if ((r.maKetQua === '003' || r.maKetQua === '004') && r.maTheMoi)
    return {
      kind: 'use-new-card',
      maThe: r.maTheMoi,
      gtTheTu: gatewayDateToIso(r.gtTheTuMoi),
      gtTheDen: gatewayDateToIso(r.gtTheDenMoi),
      maDKBD: r.maDKBDMoi,
    };
  if (r.maKetQua === '070' && r.ngaySinh && r.ngaySinh !== sent.ngaySinh)
    return { kind: 'retry-with-dob', ngaySinh: r.ngaySinh };
  if ((r.maKetQua === '060' || r.maKetQua === '061') && hasEthnicDiacritics(sent.hoTen))
    return { kind: 'retry-with-name', hoTen: stripEthnicDiacritics(sent.hoTen) };
  return null;
}

/** Who asked and when: lets the desk's own just-made check be told apart from an earlier visit. */
export interface CheckContext {
  /** The facility account that made this check (dsLichSuKT2018 userKT). */
  username?: string;
  /** Epoch ms of this check. */
  now?: number;
}

/** Checks by the same account within this window are the same encounter (a re-scan), not a second visit. */
const SAME_ENCOUNTER_MS = 2 * 60_000;

export function toCardCheckResult(
  r: CardCheckResponse,
  sent: CardCheckRequest,
  raw: unknown,
  ctx: CheckContext = {},
): CardCheckResult {
  const info = describeResultCode(r.maKetQua, r.ghiChu);
  const checksToday = (r.dsLichSuKT2018 ?? []).map((c) => ({
    userKT: c.userKT,
    thoiGianKT: gatewayTimeToIso(c.thoiGianKT),
    thongBao: c.thongBao,
    maLoi: c.maLoi,
  }));
  return {
    code: r.maKetQua,
    known: info.known,
    severity: info.severity,
    message: info.vi,
    messageEn: info.en,
    action: info.action,
    ghiChu: r.ghiChu,
    card: toCard(r),
    // Newest first as documented; sorted again so a gateway that changes its order cannot mislead.
    history: [...(r.dsLichSuKCB2018 ?? [])]
      .sort((a, b) => (b.ngayVao > a.ngayVao ? 1 : b.ngayVao < a.ngayVao ? -1 : 0))
      .map((h) => ({
        maHoSo: h.maHoSo,
        maCSKCB: h.maCSKCB,
        ngayVao: gatewayTimeToIso(h.ngayVao),
        ngayRa: gatewayTimeToIso(h.ngayRa),
        tenBenh: h.tenBenh,
        tinhTrang: h.tinhTrang,
        kqDieuTri: h.kqDieuTri,
        lyDoVV: h.lyDoVV,
      })),
    checksToday,
    // Whether the gateway lists the check being made now is not documented: discount our own recent
    // ones either way, so the warning means an earlier visit (bhxh-gateway.md §2: anti-abuse rules).
    alreadyCheckedToday: (r.dsLichSuKT2018 ?? []).some((c) => {
      const ours = ctx.username !== undefined && c.userKT === ctx.username;
      if (!ours) return true;
      // Our own check that found no usable card registered no visit: it was this encounter's first try.
      if (!isUsableSeverity(describeResultCode(c.maLoi).severity)) return false;
      const at = vnStampToEpoch(c.thoiGianKT);
      return !(ctx.now !== undefined && at !== null && Math.abs(ctx.now - at) <= SAME_ENCOUNTER_MS);
    }),
    registeredDob: r.maKetQua === '070' ? gatewayDateToIso(r.ngaySinh) : null,
    suggestion: suggest(r, sent),
    sent,
    raw,
  };
}
