// Pure decoding of HID POS input reports: one report → its data bytes, AIM id and "more follows" flag;
// consecutive reports → one scan. Concatenation happens on BYTES and UTF-8 is decoded only at the end,
// because a Vietnamese character in a CCCD QR can straddle two reports. The driver feeds exactly these
// functions, and the tests feed them recorded report bytes.
import type { HidReportLayout } from './hid-report-layouts';

export interface HidReportChunk {
  data: Uint8Array;
  /** `]Q1` etc.; stripped from the data by the layout, kept for diagnostics. */
  aim: string | null;
  more: boolean;
}

/** Decodes one input report (report id at byte 0); null for reports that carry no scanned data. */
export function decodeHidReport(layout: HidReportLayout, report: Uint8Array): HidReportChunk | null {
  if (report.length < 2 || report[0] !== layout.reportId) return null;
  const body = report.subarray(1);
  const length = Math.min(body[layout.lengthOffset] ?? 0, layout.maxDataLength);
  const data = body.slice(layout.dataOffset, Math.min(body.length, layout.dataOffset + length));
  const aim =
    layout.aimOffset === null
      ? null
      : String.fromCharCode(...body.subarray(layout.aimOffset, layout.aimOffset + 3)).replace(/\0/g, '') ||
        null;
  return { data, aim, more: (body[layout.moreDataOffset] ?? 0) !== 0 };
}

export interface AssembledScan {
  text: string;
  aim: string | null;
  reports: number;
}

/** A scan is never this long (a BHYT QR is ~250 bytes): a stuck "more" flag must not grow memory. */
const MAX_SCAN_BYTES = 8192;

export class HidScanAssembler {
  private parts: Uint8Array[] = [];
  private size = 0;
  private aim: string | null = null;

  constructor(private readonly layout: HidReportLayout) {}

  get pending(): boolean {
    return this.parts.length > 0;
  }

  /** Feeds one report; returns the finished scan when this report was its last. */
  push(report: Uint8Array): AssembledScan | null {
    const chunk = decodeHidReport(this.layout, report);
    if (!chunk) return null;
    if (this.parts.length === 0) this.aim = chunk.aim;
    if (this.size + chunk.data.length > MAX_SCAN_BYTES) {
      this.reset();
      return null;
    }
    this.parts.push(chunk.data);
    this.size += chunk.data.length;
    if (chunk.more) return null;
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      bytes.set(p, at);
      at += p.length;
    }
    const done: AssembledScan = {
      text: new TextDecoder('utf-8').decode(bytes),
      aim: this.aim,
      reports: this.parts.length,
    };
    this.reset();
    return done;
  }

  /** Drops a half-received scan (device lost mid-scan, or its continuation never came). */
  reset(): void {
    this.parts = [];
    this.size = 0;
    this.aim = null;
  }
}
