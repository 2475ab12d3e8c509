// XML0, the "trạng thái KCB" check-in document (QĐ 4750/QĐ-BYT, bảng chỉ tiêu 0, via CV 1245/BHXH-CNTT):
// one CHI_TIEU_TRANG_THAI_KCB holding one or more TRANG_THAI_KCB, every tag present in the regulation's
// order, empty when not applicable (../shared/docs/bhxh-gateway.md §3). Pure: the gateway client base64s it.
import { vnStamp } from '../time/vietnam-time';
import { xml0RecordProblems } from './xml0-rules';

export interface Xml0Record {
  /** Unique key of the treatment episode; must stay the same across resends. ≤100 chars. */
  maLk: string;
  /** 1..n within the file (buildXml0 renumbers in order). */
  stt: number;
  maBn: string;
  hoTen: string;
  soCccd: string | null;
  /** `YYYY-MM-DD`, or `YYYY` when only the year is known. */
  ngaySinh: string;
  /** 1 Nam, 2 Nữ, 3 chưa xác định. */
  gioiTinh: 1 | 2 | 3;
  maTheBhyt: string | null;
  maDkbd: string | null;
  /** `YYYY-MM-DD`. */
  gtTheTu: string | null;
  gtTheDen: string | null;
  /** QĐ 824 appendix 2: 1.1…1.10, 2, 3.1…3.7, 7.1…7.4, 8, 9. */
  maDoiTuongKcb: string;
  /** A Date (formatted in Vietnam time) or `yyyyMMddHHmm`. */
  ngayVao: Date | string;
  /** 01 khám ngoại trú, 02, 03, 04, 05, 07, 08, 09. */
  maLoaiKcb: string;
  maCskcb: string;
  maDichVu: string | null;
  tenDichVu: string | null;
  /** `yyyyMMddHHmm`. */
  ngayYl: string;
  /** Inpatient / drug-first fields; empty for a reception check-in. */
  ngayVaoNoiTru?: string | null;
  lyDoVnt?: string | null;
  maLyDoVnt?: string | null;
  maThuoc?: string | null;
  tenThuoc?: string | null;
  maVatTu?: string | null;
  tenVatTu?: string | null;
  duPhong?: string | null;
}

/** The tags of one TRANG_THAI_KCB in QĐ 4750 order. */
export const xml0Tags = [
  'MA_LK', 'STT', 'MA_BN', 'HO_TEN', 'SO_CCCD', 'NGAY_SINH', 'GIOI_TINH', 'MA_THE_BHYT', 'MA_DKBD',
  'GT_THE_TU', 'GT_THE_DEN', 'MA_DOITUONG_KCB', 'NGAY_VAO', 'NGAY_VAO_NOI_TRU', 'LY_DO_VNT', 'MA_LY_DO_VNT',
  'MA_LOAI_KCB', 'MA_CSKCB', 'MA_DICH_VU', 'TEN_DICH_VU', 'MA_THUOC', 'TEN_THUOC', 'MA_VAT_TU', 'TEN_VAT_TU',
  'NGAY_YL', 'DU_PHONG',
] as const; // prettier-ignore
export type Xml0Tag = (typeof xml0Tags)[number];

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** XML0 NGAY_SINH: `yyyyMMdd0000` (time unknown), `YYYY00000000` when only the year is known. */
export function xml0Dob(dob: string): string {
  return dob.length === 4 ? `${dob}00000000` : `${dob.replaceAll('-', '')}0000`;
}

const xmlDate = (iso: string | null) => (iso ? iso.replaceAll('-', '') : '');
const stamp = (v: Date | string) => (typeof v === 'string' ? v : vnStamp(v.getTime()));

/** Tag → text of one record (unescaped), exactly the values buildXml0 writes. */
export function xml0Values(r: Xml0Record, stt: number): Record<Xml0Tag, string> {
  return {
    MA_LK: r.maLk,
    STT: String(stt),
    MA_BN: r.maBn,
    HO_TEN: r.hoTen.normalize('NFC'),
    SO_CCCD: r.soCccd ?? '',
    NGAY_SINH: xml0Dob(r.ngaySinh),
    GIOI_TINH: String(r.gioiTinh),
    MA_THE_BHYT: r.maTheBhyt ?? '',
    MA_DKBD: r.maDkbd ?? '',
    GT_THE_TU: xmlDate(r.gtTheTu),
    GT_THE_DEN: xmlDate(r.gtTheDen),
    MA_DOITUONG_KCB: r.maDoiTuongKcb,
    NGAY_VAO: stamp(r.ngayVao),
    NGAY_VAO_NOI_TRU: r.ngayVaoNoiTru ?? '',
    LY_DO_VNT: r.lyDoVnt ?? '',
    MA_LY_DO_VNT: r.maLyDoVnt ?? '',
    MA_LOAI_KCB: r.maLoaiKcb,
    MA_CSKCB: r.maCskcb,
    MA_DICH_VU: r.maDichVu ?? '',
    TEN_DICH_VU: r.tenDichVu ?? '',
    MA_THUOC: r.maThuoc ?? '',
    TEN_THUOC: r.tenThuoc ?? '',
    MA_VAT_TU: r.maVatTu ?? '',
    TEN_VAT_TU: r.tenVatTu ?? '',
    NGAY_YL: r.ngayYl,
    DU_PHONG: r.duPhong ?? '',
  };
}

/**
 * The XML0 document for `records` (STT renumbered 1..n in the given order). Throws a RangeError listing
 * every problem when a record breaks a QĐ 4750 rule: a bad document would only be refused by the gateway
 * later, after the desk has moved on.
 */
export function buildXml0(records: Xml0Record[]): string {
  if (records.length === 0) throw new RangeError('XML0: no records');
  const parts: string[] = [];
  records.forEach((r, i) => {
    const values = xml0Values(r, i + 1);
    const problems = xml0RecordProblems(values);
    if (problems.length) throw new RangeError(`XML0 record ${i + 1}: ${problems.join('; ')}`);
    parts.push('<TRANG_THAI_KCB>');
    for (const tag of xml0Tags)
      parts.push(values[tag] ? `<${tag}>${escapeXml(values[tag])}</${tag}>` : `<${tag}/>`);
    parts.push('</TRANG_THAI_KCB>');
  });
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n<CHI_TIEU_TRANG_THAI_KCB><DSACH_TRANG_THAI_KCB>' +
    parts.join('') +
    '</DSACH_TRANG_THAI_KCB><CHUKYDONVI/></CHI_TIEU_TRANG_THAI_KCB>'
  );
}
