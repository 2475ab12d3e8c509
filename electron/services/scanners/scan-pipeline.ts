// The one funnel for main-process scan sources (scanners-and-camera.md, "One pipeline for every source"):
// every driver hands over text + source + time; a repeat of the same payload from the same source within
// 2 s (double trigger, auto-repeat) is dropped, and every accepted scan is delivered exactly once as a
// `RawScan` for the shared parser. Classification and repair happen after this, never in a driver.
import { EventEmitter } from 'node:events';
import { DuplicateFilter } from '../../../shared/scan/duplicate-filter';
import type { RawScan, ScanSource } from '../../../shared/scan/parsed-scan';

/** Anything that emits `scan` with the decoded text and when it arrived (SerialScanner, HidPosScanner). */
export interface ScanEmitter {
  on(event: 'scan', listener: (text: string, receivedAt: number) => void): unknown;
  off(event: 'scan', listener: (text: string, receivedAt: number) => void): unknown;
}

export class ScanPipeline extends EventEmitter<{ scan: [scan: RawScan] }> {
  constructor(private readonly duplicates = new DuplicateFilter()) {
    super();
  }

  /** Returns whether the scan was delivered (false: a duplicate inside the window, or empty). */
  submit(source: ScanSource, raw: string, receivedAt: number): boolean {
    if (raw.trim() === '' || !this.duplicates.accept(source, raw, receivedAt)) return false;
    this.emit('scan', { raw, source, receivedAt });
    return true;
  }

  /** Feeds a driver's scans in; returns the function that disconnects it. */
  connect(source: ScanSource, driver: ScanEmitter): () => void {
    const listener = (text: string, receivedAt: number) => void this.submit(source, text, receivedAt);
    driver.on('scan', listener);
    return () => void driver.off('scan', listener);
  }
}
