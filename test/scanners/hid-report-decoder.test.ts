// The recorded-report fixtures go through the same assembler the driver uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHidReport, HidScanAssembler } from '../../electron/services/scanners/hid-report-decoder';
import {
  honeywellLayout,
  layoutForVendor,
  type HidReportLayout,
} from '../../electron/services/scanners/hid-report-layouts';
import { parseScan } from '../../shared/scan/parse-scan';

interface Fixture {
  scans: { name: string; aim: string; expected: string; reports: string[] }[];
  ignored: string[];
}
const honeywellReports: Fixture = JSON.parse(
  readFileSync(new URL('../fixtures/scanners/honeywell-hid-reports.json', import.meta.url), 'utf8'),
);
const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

describe('Honeywell HID POS report decoding', () => {
  it('decodes one report: length-limited data, AIM id, more-data flag', () => {
    const first = decodeHidReport(honeywellLayout, bytes(honeywellReports.scans[0]!.reports[0]!))!;
    expect(first.aim).toBe(']Q1');
    expect(first.more).toBe(true);
    expect(first.data.length).toBe(56);
    const card = decodeHidReport(honeywellLayout, bytes(honeywellReports.scans[2]!.reports[0]!))!;
    expect(new TextDecoder().decode(card.data)).toBe('GD4010199999903'); // junk after the length is not data
    expect(card.more).toBe(false);
  });

  it.each(honeywellReports.scans.map((s) => [s.name, s] as const))('reassembles %s', (_name, scan) => {
    const assembler = new HidScanAssembler(honeywellLayout);
    const results = scan.reports.map((r) => assembler.push(bytes(r)));
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(results.at(-1)).toEqual({ text: scan.expected, aim: scan.aim, reports: scan.reports.length });
    expect(assembler.pending).toBe(false);
  });

  it('delivers a BHYT QR spanning several reports that the parser reads in full', () => {
    const scan = honeywellReports.scans[0]!;
    const assembler = new HidScanAssembler(honeywellLayout);
    let text = '';
    for (const r of scan.reports) text = assembler.push(bytes(r))?.text ?? text;
    const parsed = parseScan(text, { today: '2026-01-10' });
    expect(parsed.ok && [parsed.scan.kind, parsed.scan.fullName, parsed.scan.issuePlace]).toEqual([
      'bhyt-qr',
      'Nguyễn Văn Giả',
      'Thành phố Hà Nội',
    ]);
  });

  it('ignores reports with another report id, even in the middle of a scan', () => {
    const scan = honeywellReports.scans[1]!;
    const assembler = new HidScanAssembler(honeywellLayout);
    expect(assembler.push(bytes(scan.reports[0]!))).toBeNull();
    expect(assembler.push(bytes(honeywellReports.ignored[0]!))).toBeNull();
    expect(assembler.push(bytes(scan.reports[1]!))?.text).toBe(scan.expected);
  });

  it('drops a half scan on reset instead of gluing it to the next one', () => {
    const [bhyt, , card] = honeywellReports.scans;
    const assembler = new HidScanAssembler(honeywellLayout);
    assembler.push(bytes(bhyt!.reports[0]!));
    assembler.reset();
    expect(assembler.push(bytes(card!.reports[0]!))?.text).toBe('GD4010199999903');
  });

  it('is table-driven: another vendor layout is a row, not code', () => {
    // A hypothetical layout: report 0x22, no AIM id, length at 1, data from 2, flag at 0.
    const other: HidReportLayout = {
      name: 'test',
      vendorIds: ['ffff'],
      reportId: 0x22,
      lengthOffset: 1,
      aimOffset: null,
      dataOffset: 2,
      maxDataLength: 8,
      moreDataOffset: 0,
    };
    const assembler = new HidScanAssembler(other);
    expect(assembler.push(Uint8Array.from([0x22, 1, 8, ...Buffer.from('GD401019')]))).toBeNull();
    expect(assembler.push(Uint8Array.from([0x22, 0, 7, ...Buffer.from('9999903'), 0xff]))).toEqual({
      text: 'GD4010199999903',
      aim: null,
      reports: 2,
    });
    expect(layoutForVendor('ffff', [other])).toBe(other);
    expect(layoutForVendor('0c2e')).toBe(honeywellLayout);
  });
});
