// A serial / USB-CDC scanner (scanners-and-camera.md, "Serial with serialport"): frames by the scanner's
// suffix (CR, CRLF) or, with no suffix, by an inter-byte timeout; decodes UTF-8. Unplugging is not
// reliably reported by any OS, so loss is detected two ways — a read/close error on the port, and the port
// vanishing from `SerialPort.list()` — and a watcher reopens by VID/PID/serial number (a replug may get
// another COM name) or, for a configured path such as a pty or a fixed `/dev/ttyS0`, by that path.
import { EventEmitter } from 'node:events';
import type { Transform } from 'node:stream';
import { DelimiterParser, InterByteTimeoutParser, SerialPort } from 'serialport';
import type { ListedUsbPort, UsbIdentity } from './known-scanners';
import { identityOf, selectScannerPort } from './known-scanners';
import type { ScannerState, ScannerStatus } from '../../../shared/scan/scanner-status';
import { scannerStatus } from '../../../shared/scan/scanner-status';

export type SerialSuffix = 'cr' | 'crlf' | 'none';

export interface SerialScannerOptions {
  /** `COM3`, `/dev/ttyACM0`, a pty link. Used when no listed port matches the identity. */
  path?: string;
  /** Reopen by this VID/PID/serial; without it (and without `path`) any known scanner vendor is picked. */
  identity?: UsbIdentity;
  /** RS-232 scanners are commonly 9600 8N1; USB-CDC ignores it. */
  baudRate?: number;
  suffix?: SerialSuffix;
  /** With `suffix: 'none'`: silence that ends a scan. The doc's range is ~50–100 ms. */
  interByteTimeoutMs?: number;
  /** How often the port list is diffed and a lost scanner looked for. Listing is cheap (no USB reset). */
  watchIntervalMs?: number;
}

export interface SerialScannerDeps {
  listPorts?: () => Promise<ListedUsbPort[]>;
  now?: () => number;
}

export interface SerialScannerEvents {
  scan: [text: string, receivedAt: number];
  status: [status: ScannerStatus];
}

export class SerialScanner extends EventEmitter<SerialScannerEvents> {
  private port: SerialPort | null = null;
  private openedPath: string | null = null;
  /** Whether the open port appeared in the port list: only then does its absence from the list mean loss. */
  private openedFromList = false;
  private remembered: UsbIdentity | undefined;
  private everConnected = false;
  private state: ScannerState | null = null;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private stopped = true;
  private readonly listPorts: () => Promise<ListedUsbPort[]>;
  private readonly now: () => number;

  constructor(
    private readonly options: SerialScannerOptions,
    deps: SerialScannerDeps = {},
  ) {
    super();
    this.listPorts = deps.listPorts ?? (() => SerialPort.list());
    this.now = deps.now ?? Date.now;
    this.remembered = options.identity;
  }

  get status(): ScannerState | null {
    return this.state;
  }

  /** Starts watching; resolves after the first attempt to open (connected or not). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.options.watchIntervalMs ?? 1000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    await this.closePort();
  }

  /** One watcher pass; never runs twice at once (a slow `udevadm` must not stack up passes). */
  private tick(): Promise<void> {
    this.ticking ??= this.watch().finally(() => (this.ticking = null));
    return this.ticking;
  }

  private async watch(): Promise<void> {
    const listed = await this.listPorts().catch(() => [] as ListedUsbPort[]);
    if (this.stopped) return;
    if (this.port) {
      if (this.openedFromList && !listed.some((p) => p.path === this.openedPath)) await this.lose();
      return;
    }
    // A configured path wins over "any known scanner vendor": a desk set to its RS-232 scanner on COM3
    // must not switch to a USB scanner that happens to be plugged in too. Once the configured port is
    // seen with a USB identity, that identity follows it to another COM name after a replug.
    const found =
      this.remembered || !this.options.path
        ? selectScannerPort(listed, this.remembered)
        : listed.find((p) => p.path === this.options.path);
    const path = found?.path ?? this.options.path;
    const opened = path ? await this.open(path) : 'missing';
    if (opened === 'opened') {
      this.openedFromList = listed.some((p) => p.path === path);
      if (found) this.remembered ??= identityOf(found);
      return;
    }
    if (opened === 'refused') return this.setState('unavailable', path ?? null);
    this.setState(this.everConnected ? 'reconnecting' : 'absent', null);
  }

  /** `refused`: the port is there but will not open — another program (often the HIS's own scanner
   * module) holds it, or the user lacks access (Linux group `dialout`). Staff must hear that, not
   * "no scanner found" while it sits plugged in. */
  private async open(path: string): Promise<'opened' | 'missing' | 'refused'> {
    const port = new SerialPort({ path, baudRate: this.options.baudRate ?? 9600, autoOpen: false });
    const error = await new Promise<Error | null>((resolve) => port.open((err) => resolve(err ?? null)));
    if (error) return isMissingPort(error) ? 'missing' : 'refused';
    if (this.stopped) {
      await closeQuietly(port);
      return 'missing';
    }
    this.port = port;
    this.openedPath = path;
    this.everConnected = true;
    port.pipe(this.framer()).on('data', (frame: Buffer) => this.deliver(frame));
    // A read error on an unplugged device surfaces as `close` with a disconnect error; a bare `error`
    // can come first. Either way the port is gone until the watcher finds it again.
    port.on('close', () => void this.lose());
    port.on('error', () => void this.lose());
    this.setState('connected', path);
    return 'opened';
  }

  private framer(): Transform {
    const suffix = this.options.suffix ?? 'cr';
    if (suffix === 'none')
      return new InterByteTimeoutParser({ interval: this.options.interByteTimeoutMs ?? 80 });
    return new DelimiterParser({ delimiter: suffix === 'crlf' ? '\r\n' : '\r', includeDelimiter: false });
  }

  private deliver(frame: Buffer): void {
    // A CRLF scanner read with a CR setting leaves the LF at the start of the next frame: strip framing
    // bytes here; the parser cleans the rest (cards-and-qr.md §5.3).
    const text = new TextDecoder('utf-8').decode(frame).replace(/^[\r\n]+|[\r\n]+$/g, '');
    if (text !== '') this.emit('scan', text, this.now());
  }

  private async lose(): Promise<void> {
    if (!this.port) return;
    await this.closePort();
    if (!this.stopped) this.setState('reconnecting', null);
  }

  private async closePort(): Promise<void> {
    const port = this.port;
    this.port = null;
    this.openedPath = null;
    if (port) await closeQuietly(port);
  }

  private setState(state: ScannerState, path: string | null): void {
    if (state === this.state) return;
    this.state = state;
    this.emit('status', scannerStatus('serial', state, path));
  }
}

/** Linux/macOS: ENOENT "No such file or directory"; Windows: "File not found". */
function isMissingPort(error: Error): boolean {
  return /ENOENT|no such file|file not found|cannot find/i.test(error.message);
}

function closeQuietly(port: SerialPort): Promise<void> {
  port.removeAllListeners('close');
  port.removeAllListeners('error');
  port.on('error', () => {});
  if (!port.isOpen) return Promise.resolve();
  return new Promise((resolve) => port.close(() => resolve()));
}
