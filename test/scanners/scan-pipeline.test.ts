import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ScanPipeline } from '../../electron/services/scanners/scan-pipeline';
import { DuplicateFilter } from '../../shared/scan/duplicate-filter';
import type { RawScan } from '../../shared/scan/parsed-scan';

describe('DuplicateFilter', () => {
  it('drops the same payload from the same source within 2 s, measured from the last accepted copy', () => {
    const f = new DuplicateFilter();
    expect(f.accept('serial', 'GD4010199999903', 1000)).toBe(true);
    expect(f.accept('serial', 'GD4010199999903\r\n', 1300)).toBe(false); // double trigger, other suffix
    expect(f.accept('serial', 'GD4010199999903', 2999)).toBe(false);
    expect(f.accept('serial', 'GD4010199999903', 3000)).toBe(true); // deliberate re-scan
    expect(f.accept('serial', 'GD4010199999903', 4500)).toBe(false);
  });

  it('keeps scans from another source or with another payload', () => {
    const f = new DuplicateFilter();
    expect(f.accept('serial', '0199999901', 0)).toBe(true);
    expect(f.accept('wedge', '0199999901', 10)).toBe(true);
    expect(f.accept('serial', '0199999903', 20)).toBe(true);
    expect(f.accept('serial', '0199999901', 30)).toBe(false);
  });
});

describe('ScanPipeline', () => {
  it('delivers every accepted scan exactly once as a RawScan, from every connected driver', () => {
    const pipeline = new ScanPipeline();
    const seen: RawScan[] = [];
    pipeline.on('scan', (s) => seen.push(s));
    const serial = new EventEmitter();
    const hid = new EventEmitter();
    const disconnect = pipeline.connect('serial', serial);
    pipeline.connect('hid-pos', hid);

    serial.emit('scan', 'GD4010199999903', 100);
    serial.emit('scan', 'GD4010199999903', 900); // dropped
    hid.emit('scan', 'GD4010199999903', 950); // another source: kept
    serial.emit('scan', '', 1000); // empty: never a scan
    disconnect();
    serial.emit('scan', '0199999901', 5000); // no longer connected
    expect(seen).toEqual([
      { raw: 'GD4010199999903', source: 'serial', receivedAt: 100 },
      { raw: 'GD4010199999903', source: 'hid-pos', receivedAt: 950 },
    ]);
  });
});
