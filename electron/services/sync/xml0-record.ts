// A stored visit as its XML0 record (QĐ 4750 bảng 0). MA_LK is the visit's own, so every resend carries
// the same key; NGAY_VAO = NGAY_YL = the check-in time (the exam is the first billable service).
import type { Xml0Record } from '../../../shared/checkin/xml0';
import { vnStamp } from '../../../shared/time/vietnam-time';
import type { VisitRow } from '../visits/visit-rows';

export function xml0RecordOf(v: VisitRow): Xml0Record {
  const at = new Date(v.created_at);
  return {
    maLk: v.ma_lk,
    stt: 1,
    maBn: v.patient_code,
    hoTen: v.full_name,
    soCccd: v.citizen_id,
    ngaySinh: v.date_of_birth.length === 7 ? v.date_of_birth.slice(0, 4) : v.date_of_birth,
    gioiTinh: v.gender,
    maTheBhyt: v.card_number,
    maDkbd: v.registered_facility,
    gtTheTu: v.card_valid_from,
    gtTheDen: v.card_valid_to,
    maDoiTuongKcb: v.object_code,
    ngayVao: at,
    maLoaiKcb: v.visit_type,
    maCskcb: v.facility_code,
    maDichVu: v.service_code,
    tenDichVu: v.service_name,
    ngayYl: vnStamp(v.created_at),
  };
}
