// The simulator's card check, in the order a faithful gateway checks (bhxh-gateway.md §5): parameters
// (205) → officer (054/055) → card format (051/052/053) → existence (050) → registry errors (100/101) →
// QN/CA (001/002) → name (060/061) → DOB (070, with the true DOB) → status (110, 120–124) → validity
// (010, 003/004) → 130 for a child looked up without the card → 000.
import { isKnownProvince } from '../../../shared/card/provinces';
import { knownObjectCodes } from '../../../shared/card/object-codes';
import { parseSlashDate } from '../../../shared/card/dates';
import { resultCodes } from '../../../shared/gateway/result-codes';
import { hasEthnicDiacritics, nameMatchKey } from '../../../shared/gateway/names';
import { gatewayDateToIso } from '../../../shared/gateway/gateway-dates';
import { vnDate, vnStamp } from '../../../shared/time/vietnam-time';
import type { SimCard, SimOfficer } from './seed-cards';

export interface CheckParams {
  maThe: string;
  hoTen: string;
  ngaySinh: string;
  hoTenCb: string;
  cccdCb: string;
}

export interface TodayCheck {
  userKT: string;
  thoiGianKT: string;
  thongBao: string;
  maLoi: string;
}

/** Today's checks kept per card (the oldest are forgotten first). */
export const MAX_CHECKS_KEPT = 20;

/** The registry the checks run against, indexed by every number a desk may send. */
export class CardRegistry {
  private readonly byNumber = new Map<string, SimCard>();
  private readonly officers = new Map<string, SimOfficer>();
  /** maThe → today's checks (dsLichSuKT2018), with the VN date they belong to. */
  private readonly today = new Map<string, { date: string; list: TodayCheck[] }>();

  constructor(cards: SimCard[], officers: SimOfficer[], now: number) {
    for (const c of cards) {
      this.byNumber.set(c.maThe, c);
      this.byNumber.set(c.maThe.slice(5), c);
      if (c.cccd) this.byNumber.set(c.cccd, c);
      for (const seen of c.checkedTodayBy ?? []) {
        const at = Math.max(now - seen.minutesAgo * 60_000, Date.parse(`${vnDate(now)}T00:00:00+07:00`));
        this.record(c.maThe, now, {
          userKT: seen.userKT,
          thoiGianKT: vnStamp(at),
          thongBao: okNote(c),
          maLoi: '000',
        });
      }
    }
    // The new card of a 003/004 answer is a card of its own: a desk that follows the answer and checks
    // maTheMoi must find it valid, not 050 (CV 1923 Phụ lục 03: 003/004 → use the new card).
    for (const c of cards)
      if (c.newCard && !this.byNumber.has(c.newCard.maThe)) this.byNumber.set(c.newCard.maThe, renewed(c));
    for (const o of officers) this.officers.set(o.cccd, o);
  }

  get cardCount(): number {
    return new Set(this.byNumber.values()).size;
  }

  checksToday(maThe: string, now: number): TodayCheck[] {
    const entry = this.today.get(maThe);
    return entry && entry.date === vnDate(now) ? entry.list : [];
  }

  private record(maThe: string, now: number, check: TodayCheck) {
    const date = vnDate(now);
    const entry = this.today.get(maThe);
    if (entry && entry.date === date) {
      entry.list.push(check);
      // A real card is checked a handful of times a day; a benchmark re-checks one demo card thousands
      // of times, and an unbounded list would make each answer grow with the run (O(n²) in total).
      if (entry.list.length > MAX_CHECKS_KEPT) entry.list.splice(0, entry.list.length - MAX_CHECKS_KEPT);
    } else this.today.set(maThe, { date, list: [check] });
  }

  /** Answers one check and records it in the card's checks of the day (when a card was found). */
  check(p: CheckParams, ctx: { now: number; username: string }): Record<string, unknown> {
    const fail = (code: string, extra: Record<string, unknown> = {}) => errorAnswer(code, extra);
    const dob = p.ngaySinh.trim();
    if (!p.maThe || !p.hoTen?.trim() || !dob || !p.hoTenCb?.trim() || !p.cccdCb) return fail('205');
    const sentDob = readDob(dob);
    if (!sentDob) return fail('205');
    const officer = this.officers.get(p.cccdCb.trim());
    if (!officer) return fail('054');
    if (nameMatchKey(officer.name) !== nameMatchKey(p.hoTenCb)) return fail('055');
    const formatCode = cardFormatCode(p.maThe);
    if (formatCode) return fail(formatCode);
    const card = this.byNumber.get(p.maThe);
    if (!card) return fail('050');
    const answer = this.decide(card, p, sentDob, ctx.now);
    const earlier = this.checksToday(card.maThe, ctx.now).slice();
    this.record(card.maThe, ctx.now, {
      userKT: ctx.username,
      thoiGianKT: vnStamp(ctx.now),
      thongBao: String(answer.ghiChu),
      maLoi: String(answer.maKetQua),
    });
    if (answer.maThe) answer.dsLichSuKT2018 = earlier.length ? earlier : null;
    return answer;
  }

  private decide(card: SimCard, p: CheckParams, sentDob: string, now: number): Record<string, unknown> {
    if (card.status === '100' || card.status === '101') return errorAnswer(card.status);
    const objectCode = card.maThe.slice(0, 2);
    if (objectCode === 'QN') return cardAnswer('001', card);
    if (objectCode === 'CA') return cardAnswer('002', card);
    const sentKey = nameMatchKey(p.hoTen);
    const cardKey = nameMatchKey(card.hoTen);
    if (sentKey !== cardKey) {
      // Letters the registry cannot hold never match anything (observed: 060, bhxh-gateway.md §2).
      const firstMatches = sentKey.charAt(0) === cardKey.charAt(0) && !hasEthnicDiacritics(p.hoTen);
      return errorAnswer(firstMatches ? '061' : '060');
    }
    if (!dobMatches(card.ngaySinh, sentDob)) return errorAnswer('070', { ngaySinh: card.ngaySinh });
    if (card.status) return errorAnswer(card.status, card.statusNote ? { ghiChu: card.statusNote } : {});
    const today = vnDate(now);
    const from = gatewayDateToIso(card.gtTheTu) ?? '';
    const to = gatewayDateToIso(card.gtTheDen) ?? '';
    const valid = from <= today && today <= to;
    if (card.newCard) return cardAnswer(valid ? '004' : '003', card);
    if (!valid) return errorAnswer('010');
    // A child's card looked up by CCCD or mã số BHXH: the card itself was not presented.
    if (objectCode === 'TE' && p.maThe !== card.maThe) return cardAnswer('130', card);
    return cardAnswer('000', card);
  }
}

/** The same person on the card issued to replace `c`: its code, validity and facility; `c` as maTheCu. */
function renewed(c: SimCard): SimCard {
  const { newCard, checkedTodayBy: _today, ...person } = c;
  return {
    ...person,
    maThe: newCard!.maThe,
    gtTheTu: newCard!.gtTheTu,
    gtTheDen: newCard!.gtTheDen,
    maDKBD: newCard!.maDKBD,
    maTheCu: c.maThe,
  };
}

/** 051 shape / object code, 053 benefit level, 052 province (QĐ 1351 card structure). */
function cardFormatCode(maThe: string): string | null {
  if (/^\d{10}$/.test(maThe) || /^\d{12}$/.test(maThe)) return null;
  if (!/^[A-Z]{2}\d{13}$/.test(maThe) || !knownObjectCodes.has(maThe.slice(0, 2))) return '051';
  const level = Number(maThe[2]);
  if (level < 1 || level > 5) return '053';
  if (!isKnownProvince(maThe.slice(3, 5))) return '052';
  return null;
}

/** `dd/MM/yyyy`, `ddMMyyyy` (the official example) or `yyyy` → ISO, else null (205). */
function readDob(text: string): string | null {
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  const r = parseSlashDate(compact ? `${compact[1]}/${compact[2]}/${compact[3]}` : text, true);
  return r.ok ? r.value : null;
}

/** A year-only registration matches any date of that year; a year-only request matches its year. */
function dobMatches(registered: string, sentIso: string): boolean {
  const reg = gatewayDateToIso(registered);
  if (!reg) return false;
  if (reg.length === 4 || sentIso.length === 4) return reg.slice(0, 4) === sentIso.slice(0, 4);
  return reg === sentIso;
}

const nullCard = {
  maThe: null, hoTen: null, ngaySinh: null, gioiTinh: null, diaChi: null, maDKBD: null, cqBHXH: null,
  gtTheTu: null, gtTheDen: null, maKV: null, ngayDu5Nam: null, maSoBHXH: null, maTheCu: null, maTheMoi: null,
  gtTheTuMoi: null, gtTheDenMoi: null, maDKBDMoi: null, tenDKBDMoi: null, dsLichSuKCB2018: null, dsLichSuKT2018: null,
}; // prettier-ignore

function errorAnswer(code: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { maKetQua: code, ghiChu: `${resultCodes[code]?.vi ?? 'Lỗi'}!`, ...nullCard, ...extra };
}

function okNote(c: SimCard, lead = 'Thẻ còn giá trị sử dụng'): string {
  const parts = [`ĐC: ${c.diaChi}`, `Nơi KCBBĐ: ${c.maDKBD}`, `Hạn thẻ: ${c.gtTheTu} - ${c.gtTheDen}`];
  if (c.ngayDu5Nam) parts.push(`Thời điểm đủ 5 năm liên tục: ${c.ngayDu5Nam}`);
  if (c.newCard)
    parts.push(`Mã thẻ mới: ${c.newCard.maThe}`, `Hạn thẻ mới: ${c.newCard.gtTheTu} - ${c.newCard.gtTheDen}`);
  return `${lead}! Họ tên : ${c.hoTen}, Ngày sinh: ${c.ngaySinh}, Giới tính : ${c.gioiTinh}! (${parts.join('; ')}).`;
}

const leads: Record<string, string> = {
  '000': 'Thẻ còn giá trị sử dụng',
  '001': 'Thẻ do BHXH Bộ Quốc phòng quản lý, đề nghị kiểm tra thẻ BHYT và thông tin giấy tờ tùy thân',
  '002': 'Thẻ do BHXH Bộ Công an quản lý, đề nghị kiểm tra thẻ BHYT và thông tin giấy tờ tùy thân',
  '003': 'Thẻ cũ hết giá trị sử dụng, được cấp thẻ mới',
  '004': 'Thẻ cũ còn giá trị sử dụng, được cấp thẻ mới',
  '130': 'Trẻ em không xuất trình thẻ BHYT',
};

/** A card-carrying answer in the official ghiChu format (CV 1923 Phụ lục 03 example). */
function cardAnswer(code: string, c: SimCard): Record<string, unknown> {
  const next = c.newCard;
  return {
    maKetQua: code,
    ghiChu: okNote(c, leads[code]),
    maThe: c.maThe,
    hoTen: c.hoTen,
    ngaySinh: c.ngaySinh,
    gioiTinh: c.gioiTinh,
    diaChi: c.diaChi,
    maDKBD: c.maDKBD,
    cqBHXH: c.cqBHXH,
    gtTheTu: c.gtTheTu,
    gtTheDen: c.gtTheDen,
    maKV: c.maKV ?? '',
    ngayDu5Nam: c.ngayDu5Nam ?? '',
    maSoBHXH: c.maThe.slice(5),
    maTheCu: next ? c.maThe : (c.maTheCu ?? ''),
    maTheMoi: next?.maThe ?? c.maThe,
    gtTheTuMoi: next?.gtTheTu ?? c.gtTheTu,
    gtTheDenMoi: next?.gtTheDen ?? c.gtTheDen,
    maDKBDMoi: next?.maDKBD ?? c.maDKBD,
    tenDKBDMoi: next?.tenDKBD ?? '',
    dsLichSuKCB2018: c.history?.length ? c.history : null,
    dsLichSuKT2018: null,
  };
}
