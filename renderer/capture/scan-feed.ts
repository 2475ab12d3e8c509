// The renderer's end of the one scan pipeline: wedge, camera and manual entry submit here; a double
// trigger within 2 s from the same source is dropped with the same pure filter the main process uses,
// so the reception screen sees each scan once whatever its source.
import { DuplicateFilter } from '../../shared/scan/duplicate-filter';
import type { RawScan } from '../../shared/scan/parsed-scan';

export function createScanFeed(deliver: (scan: RawScan) => void, duplicates = new DuplicateFilter()) {
  return (scan: RawScan): boolean => {
    if (scan.raw.trim() === '' || !duplicates.accept(scan.source, scan.raw, scan.receivedAt)) return false;
    deliver(scan);
    return true;
  };
}
