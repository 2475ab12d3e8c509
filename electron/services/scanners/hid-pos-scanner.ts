// A scanner in USB HID POS mode (scanners-and-camera.md, "HID POS with node-hid"): focus-independent and
// immune to keyboard layouts and the Vietnamese IME. Finds the interface with usage page 0x8C / usage
// 0x02 (Windows exposes several interfaces per device), opens it with node-hid's async API, reassembles
// multi-report scans with the pure decoder. Hot-plug: `HID.devicesAsync()` re-enumerates USB, so it is
// polled slowly (2 s) and only while no scanner is open, and a newly seen device must show up on two
// consecutive polls before it is opened (it may still be enumerating). Unplugging an open device makes
// hidapi's read fail, which node-hid reports as `error`.
import { EventEmitter } from 'node:events';
import type { UsbIdentity } from './known-scanners';
import { matchesIdentity, normaliseUsbId } from './known-scanners';
import { HidScanAssembler } from './hid-report-decoder';
import type { HidReportLayout } from './hid-report-layouts';
import { layoutForVendor } from './hid-report-layouts';
import type { ScannerState, ScannerStatus } from '../../../shared/scan/scanner-status';
import { scannerStatus } from '../../../shared/scan/scanner-status';

export const HID_POS_USAGE_PAGE = 0x8c;
export const HID_POS_BARCODE_SCANNER_USAGE = 0x02;

/** The narrow node-hid surface the driver uses; tests replace only this. */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  serialNumber?: string | undefined;
  product?: string | undefined;
  usagePage?: number | undefined;
  usage?: number | undefined;
}
export interface HidConnection {
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  removeAllListeners(): unknown;
  sendFeatureReport(data: number[]): Promise<number>;
  close(): Promise<void>;
}
export interface HidBoundary {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidConnection>;
}

/** node-hid is loaded lazily: the CLI and tests that never touch HID do not load its native module. */
export async function nodeHidBoundary(): Promise<HidBoundary> {
  const hid = await import('node-hid');
  return {
    devices: () => hid.devicesAsync(),
    open: (path) => hid.HIDAsync.open(path) as Promise<HidConnection>,
  };
}

export interface HidPosScannerOptions {
  identity?: UsbIdentity;
  pollIntervalMs?: number;
  /** A scan whose continuation report has not come within this is dropped, not delivered half. */
  reassemblyTimeoutMs?: number;
  layouts?: readonly HidReportLayout[];
}

export function isHidPosScanner(d: HidDeviceInfo): boolean {
  return d.usagePage === HID_POS_USAGE_PAGE && d.usage === HID_POS_BARCODE_SCANNER_USAGE && !!d.path;
}

export class HidPosScanner extends EventEmitter<{
  scan: [text: string, receivedAt: number];
  status: [ScannerStatus];
}> {
  private connection: HidConnection | null = null;
  private everPolled = false;
  private seenOnce = new Set<string>();
  private everConnected = false;
  private state: ScannerState | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reassemblyTimer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly hid: HidBoundary,
    private readonly options: HidPosScannerOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  get status(): ScannerState | null {
    return this.state;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.pollIntervalMs ?? 2000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.polling;
    await this.closeConnection();
  }

  private poll(): Promise<void> {
    if (this.connection) return Promise.resolve();
    this.polling ??= this.findAndOpen().finally(() => (this.polling = null));
    return this.polling;
  }

  private async findAndOpen(): Promise<void> {
    const candidates = (await this.hid.devices().catch(() => [] as HidDeviceInfo[])).filter(
      (d) =>
        isHidPosScanner(d) && (!this.options.identity || matchesIdentity(asListed(d), this.options.identity)),
    );
    if (this.stopped) return;
    // Debounce: open only a device seen on the previous poll too (the very first poll trusts what it
    // sees: the scanner was plugged in before the app started).
    const paths = new Set(candidates.map((d) => d.path!));
    const ready = candidates.find((d) => this.seenOnce.has(d.path!) || !this.everPolled);
    this.everPolled = true;
    this.seenOnce = paths;
    const opened = ready ? await this.open(ready) : 'none';
    if (opened === 'opened') return;
    // Listed but not openable: on Linux, no udev rule giving access to its hidraw node; on Windows,
    // another program holds it. Staff must not read "no scanner found" with the scanner plugged in.
    if (opened === 'refused') return this.setState('unavailable', ready!.path!);
    this.setState(this.everConnected ? 'reconnecting' : 'absent', null);
  }

  private async open(device: HidDeviceInfo): Promise<'opened' | 'refused' | 'none'> {
    const connection = await this.hid.open(device.path!).catch(() => null);
    if (!connection) return 'refused';
    if (this.stopped) {
      await connection.close().catch(() => {});
      return 'none';
    }
    const layout = layoutForVendor(normaliseUsbId(device.vendorId), this.options.layouts);
    if (layout.enableFeatureReport) {
      await connection.sendFeatureReport([...layout.enableFeatureReport]).catch(() => 0);
    }
    const assembler = new HidScanAssembler(layout);
    connection.on('data', (report) => this.onReport(assembler, report));
    connection.on('error', () => void this.lose());
    this.connection = connection;
    this.everConnected = true;
    this.setState('connected', device.path!);
    return 'opened';
  }

  private onReport(assembler: HidScanAssembler, report: Buffer): void {
    if (this.reassemblyTimer) clearTimeout(this.reassemblyTimer);
    this.reassemblyTimer = null;
    const scan = assembler.push(report);
    if (scan) {
      if (scan.text !== '') this.emit('scan', scan.text, this.now());
    } else if (assembler.pending) {
      this.reassemblyTimer = setTimeout(() => assembler.reset(), this.options.reassemblyTimeoutMs ?? 500);
    }
  }

  private async lose(): Promise<void> {
    if (!this.connection) return;
    await this.closeConnection();
    if (!this.stopped) this.setState('reconnecting', null);
  }

  private async closeConnection(): Promise<void> {
    if (this.reassemblyTimer) clearTimeout(this.reassemblyTimer);
    this.reassemblyTimer = null;
    const c = this.connection;
    this.connection = null;
    this.seenOnce.clear();
    if (c) {
      c.removeAllListeners();
      c.on('error', () => {}); // a late error from a closing device must not become an uncaught 'error'
      await c.close().catch(() => {});
    }
  }

  private setState(state: ScannerState, path: string | null): void {
    if (state === this.state) return;
    this.state = state;
    this.emit('status', scannerStatus('hid-pos', state, path));
  }
}

function asListed(d: HidDeviceInfo) {
  return {
    path: d.path ?? '',
    vendorId: normaliseUsbId(d.vendorId),
    productId: normaliseUsbId(d.productId),
    serialNumber: d.serialNumber,
  };
}
