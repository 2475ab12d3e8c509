// XML0 (QĐ 4750 bảng 0): what the builder writes, and what the simulator refuses, over real HTTP.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient } from '../../electron/services/gateway/gateway-client';
import type { SimulatorHandle } from '../../electron/services/simulator/simulator';
import { buildXml0, xml0Tags } from '../../shared/checkin/xml0';
import { bench, demoConfig, rejection } from './gateway-fixtures';
import { record, xml } from './xml0-fixtures';
import { trainingAccount } from '../../electron/services/simulator/seed-cards';

describe('buildXml0', () => {
  it('writes every tag of each record in QĐ 4750 order, escaped, STT renumbered', () => {
    const doc = buildXml0([
      record('LK-1', { hoTen: 'Nguyễn Thị Ỷ & <Bé>', ngaySinh: '1948', gioiTinh: 2, stt: 7 }),
      record('LK-2', { maTheBhyt: null, maDkbd: null, gtTheTu: null, gtTheDen: null, maDoiTuongKcb: '9' }),
    ]);
    expect(
      doc.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<CHI_TIEU_TRANG_THAI_KCB><DSACH_TRANG_THAI_KCB>',
      ),
    ).toBe(true);
    expect(doc.endsWith('</DSACH_TRANG_THAI_KCB><CHUKYDONVI/></CHI_TIEU_TRANG_THAI_KCB>')).toBe(true);
    const first = /<TRANG_THAI_KCB>(.*?)<\/TRANG_THAI_KCB>/.exec(doc)![1]!;
    const tags = [...first.matchAll(/<([A-Z_]+)(?:\/>|>)/g)].map((m) => m[1]);
    expect(tags).toEqual([...xml0Tags]);
    expect(first).toContain('<STT>1</STT>');
    expect(first).toContain('<HO_TEN>Nguyễn Thị Ỷ &amp; &lt;Bé&gt;</HO_TEN>');
    expect(first).toContain('<NGAY_SINH>194800000000</NGAY_SINH>');
    expect(first).toContain('<GT_THE_TU>20260101</GT_THE_TU>');
    expect(doc).toContain('<STT>2</STT>');
    expect(doc).toContain('<MA_THE_BHYT/>');
  });

  it('formats a Date NGAY_VAO in Vietnam time and a full DOB with an unknown time', () => {
    const doc = buildXml0([record('LK-3', { ngayVao: new Date('2026-11-23T01:05:00Z') })]);
    expect(doc).toContain('<NGAY_VAO>202611230805</NGAY_VAO>');
    expect(doc).toContain('<NGAY_SINH>198508150000</NGAY_SINH>');
  });

  it('refuses records the gateway would refuse, naming every problem', () => {
    expect(() => buildXml0([])).toThrow(RangeError);
    expect(() => buildXml0([record('', { ngayYl: '2026-11-23', maDichVu: null })])).toThrow(
      /MA_LK is required.*MA_DICH_VU\/TEN_DICH_VU required.*NGAY_YL must be yyyyMMddHHmm/,
    );
    expect(() => buildXml0([record('LK', { maDoiTuongKcb: '1.11' })])).toThrow(/MA_DOITUONG_KCB/);
    expect(() => buildXml0([record('x'.repeat(101))])).toThrow(/MA_LK longer/);
    // A drug as the first cost replaces the exam service.
    expect(() =>
      buildXml0([
        record('LK', { maDichVu: null, tenDichVu: null, maThuoc: '40.17', tenThuoc: 'Paracetamol' }),
      ]),
    ).not.toThrow();
  });
});

describe('the simulator validates submissions', () => {
  let sim: SimulatorHandle;
  let client: GatewayClient;
  beforeAll(async () => ({ sim, client } = await bench()));
  afterAll(() => sim.close());

  const raw = async (form: Record<string, string>) => {
    // Straight to the endpoint with a valid token, to send what our own client never would.
    await client.checkCard({ maThe: 'DN4010123456789', hoTen: 'Đặng Văn Hùng', ngaySinh: '15/08/1985' });
    const login = (await fetch(`${sim.url}/api/token/take`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: trainingAccount.username,
        password: md5Lower(trainingAccount.password),
      }),
    }).then((r) => r.json())) as { APIKey: { access_token: string; id_token: string } };
    const res = await fetch(`${sim.url}/api/qd130/checkInKcbQd4750`, {
      method: 'POST',
      headers: {
        accessToken: login.APIKey.access_token,
        tokenId: login.APIKey.id_token,
        passwordHash: md5Lower(trainingAccount.password),
      },
      body: new URLSearchParams({
        username: trainingAccount.username,
        loaiHoSo: '0',
        maTinh: '01',
        maCSKCB: '01832',
        ...form,
      }),
    });
    return (await res.json()) as { maKetQua: string; thongDiep?: string };
  };
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('accepts a valid file on both endpoint versions, keeps maGiaoDich, counts resends per MA_LK', async () => {
    const r = await client.submitCheckIn(buildXml0([record('LK-A'), record('LK-B')]), { maCSKCB: '01832' });
    expect(r.maGiaoDich).toMatch(/^01832\d{14}\d{7}$/);
    expect(r.thoiGianTiepNhan).toMatch(/^\d{14}$/);
    await new GatewayClient(demoConfig(sim.url, { submissionVersion: '3176' })).submitCheckIn(xml('LK-A'), {
      maCSKCB: '01832',
    });
    expect(sim.checkInsReceived().get('LK-A')).toBe(2);
    expect(sim.checkInsReceived().get('LK-B')).toBe(1);
    expect(sim.stats().requests.submit).toBe(2);
  });

  it('accepts JSON bodies, lowercase MD5 and CDATA text (observed client variants)', async () => {
    const cdata = xml('LK-CDATA').replace(
      '<HO_TEN>Đặng Văn Hùng</HO_TEN>',
      '<HO_TEN><![CDATA[Đặng Văn Hùng]]></HO_TEN>',
    );
    expect(await raw({ fileHSBase64: b64(cdata) })).toMatchObject({ maKetQua: '200' });
  });

  it.each([
    ['not base64', { fileHSBase64: 'PD94bWwg!!' }, /base64/],
    ['wrong root', { fileHSBase64: b64('<HOSO><X/></HOSO>') }, /root element/],
    [
      'a missing tag',
      { fileHSBase64: b64(xml('LK-M').replace('<SO_CCCD>001085012345</SO_CCCD>', '')) },
      /expected <SO_CCCD>/,
    ],
    [
      'tags out of order',
      { fileHSBase64: b64(xml('LK-O').replace(/(<MA_BN>[^<]*<\/MA_BN>)(<HO_TEN>[^<]*<\/HO_TEN>)/, '$2$1')) },
      /expected <MA_BN>/,
    ],
    ['a bad NGAY_VAO', { fileHSBase64: b64(xml('LK-D').replace('202611230815', '2026-11-23')) }, /NGAY_VAO/],
    [
      'a bad STT',
      { fileHSBase64: b64(xml('LK-S').replace('<STT>1</STT>', '<STT>2</STT>')) },
      /STT must be 1/,
    ],
    ['a raw ampersand', { fileHSBase64: b64(xml('LK-E').replace('Khám Nội', 'Khám & Nội')) }, /entity/],
    [
      'another facility in the file',
      { fileHSBase64: b64(xml('LK-F', { maCskcb: '79032' })) },
      /MA_CSKCB differs/,
    ],
    ['loaiHoSo ≠ 0', { loaiHoSo: '1', fileHSBase64: b64(xml('LK-L')) }, /loaiHoSo/],
    ['maTinh not from maCSKCB', { maTinh: '79', fileHSBase64: b64(xml('LK-T')) }, /maTinh/],
  ])('refuses %s', async (_label, form, problem) => {
    const r = await raw(form);
    expect(r.maKetQua).toBe('400');
    expect(r.thongDiep).toMatch(problem);
  });

  it('a refusal reaches the caller as a non-retryable gateway error with the thongDiep', async () => {
    const bad = xml('LK-X').replace('<GIOI_TINH>1</GIOI_TINH>', '<GIOI_TINH>4</GIOI_TINH>');
    const e = await rejection(client.submitCheckIn(bad, { maCSKCB: '01832' }));
    expect([e.kind, e.code, e.retryable]).toEqual(['gateway', '400', false]);
    expect(String(e.message)).toContain('GIOI_TINH');
    expect(sim.checkInsReceived().has('LK-X')).toBe(false);
  });
});

function md5Lower(text: string): string {
  return createHash('md5').update(text).digest('hex');
}
