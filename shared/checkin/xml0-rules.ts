// Field rules of XML0 (QĐ 4750 bảng 0; ../shared/docs/bhxh-gateway.md §3), shared by the builder (refuse
// before sending) and the simulator (refuse what a real gateway would). Works on the tag → text form.
import { isCalendarDate } from '../card/dates';
import type { Xml0Tag } from './xml0';

const objectCodes = /^(1\.(10|[1-9])|2|3\.[1-7]|7\.[1-4]|8|9)$/;
const visitTypes = new Set(['01', '02', '03', '04', '05', '07', '08', '09']);

/** `yyyyMMddHHmm`; with `dob`, `YYYY00000000` (year only) is also valid (QĐ 4750 NGAY_SINH). */
export function isXmlStamp(v: string, dob = false): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (dob && mo === 0 && d === 0 && h === 0 && mi === 0) return y >= 1850;
  return isCalendarDate(y, mo, d) && h <= 23 && mi <= 59;
}

export function isXmlDate(v: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Every broken rule of one record, in English (for logs and the simulator's thongDiep). */
export function xml0RecordProblems(v: Partial<Record<Xml0Tag, string>>): string[] {
  const p: string[] = [];
  const need = (tag: Xml0Tag) => {
    if (!v[tag]) p.push(`${tag} is required`);
    return !!v[tag];
  };
  if (need('MA_LK') && v.MA_LK!.length > 100) p.push('MA_LK longer than 100 characters');
  if (need('STT') && !/^[1-9]\d*$/.test(v.STT!)) p.push('STT must be a positive integer');
  need('MA_BN');
  need('HO_TEN');
  if (need('NGAY_SINH') && !isXmlStamp(v.NGAY_SINH!, true)) p.push('NGAY_SINH must be yyyyMMddHHmm');
  if (need('GIOI_TINH') && !/^[123]$/.test(v.GIOI_TINH!)) p.push('GIOI_TINH must be 1, 2 or 3');
  if (v.MA_THE_BHYT && !/^[A-Z]{2}\d{13}$/.test(v.MA_THE_BHYT))
    p.push('MA_THE_BHYT must be a 15-char card code');
  if (v.MA_DKBD && !/^[0-9A-Z]{5}$/.test(v.MA_DKBD)) p.push('MA_DKBD must be 5 characters');
  if (v.GT_THE_TU && !isXmlDate(v.GT_THE_TU)) p.push('GT_THE_TU must be yyyyMMdd');
  if (v.GT_THE_DEN && !isXmlDate(v.GT_THE_DEN)) p.push('GT_THE_DEN must be yyyyMMdd');
  if (need('MA_DOITUONG_KCB') && !objectCodes.test(v.MA_DOITUONG_KCB!))
    p.push('MA_DOITUONG_KCB not in QĐ 824');
  if (need('NGAY_VAO') && !isXmlStamp(v.NGAY_VAO!)) p.push('NGAY_VAO must be yyyyMMddHHmm');
  if (need('MA_LOAI_KCB') && !visitTypes.has(v.MA_LOAI_KCB!)) p.push('MA_LOAI_KCB not a QĐ 4750 visit type');
  if (need('MA_CSKCB') && !/^[0-9A-Z]{5}$/.test(v.MA_CSKCB!)) p.push('MA_CSKCB must be 5 characters');
  // The exam service is required unless a drug or supply was the first cost (QĐ 4750 bảng 0).
  if (!v.MA_THUOC && !v.MA_VAT_TU && (!v.MA_DICH_VU || !v.TEN_DICH_VU))
    p.push('MA_DICH_VU/TEN_DICH_VU required when no drug or supply is given');
  if (need('NGAY_YL') && !isXmlStamp(v.NGAY_YL!)) p.push('NGAY_YL must be yyyyMMddHHmm');
  return p;
}
