// XML0 records of the simulator's demo patients.
import type { Xml0Record } from '../../shared/checkin/xml0';
import { buildXml0 } from '../../shared/checkin/xml0';

export function record(maLk: string, over: Partial<Xml0Record> = {}): Xml0Record {
  return {
    maLk,
    stt: 1,
    maBn: 'BN000123',
    hoTen: 'Đặng Văn Hùng',
    soCccd: '001085012345',
    ngaySinh: '1985-08-15',
    gioiTinh: 1,
    maTheBhyt: 'DN4010123456789',
    maDkbd: '01832',
    gtTheTu: '2026-01-01',
    gtTheDen: '2026-12-31',
    maDoiTuongKcb: '1.1',
    ngayVao: '202611230815',
    maLoaiKcb: '01',
    maCskcb: '01832',
    maDichVu: '02.1896',
    tenDichVu: 'Khám Nội',
    ngayYl: '202611230820',
    ...over,
  };
}

export const xml = (maLk: string, over: Partial<Xml0Record> = {}) => buildXml0([record(maLk, over)]);
