// Real serialport on real socat ptys: framing by CR, CRLF and inter-byte timeout, both common baud
// rates, a BHYT QR dribbled in small writes, and the pty vanishing and coming back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SerialScanner, type SerialScannerOptions } from '../../electron/services/scanners/serial-scanner';
import type { ScannerStatus } from '../../shared/scan/scanner-status';
import type { ListedUsbPort } from '../../electron/services/scanners/known-scanners';
import { parseScan } from '../../shared/scan/parse-scan';
import { startSocatPair, type SocatPair } from './socat-pair';

const bhytQr =
  '0199999901|4e677579e1bb856e2056c4836e204769e1baa3|15/05/1985|1|-|01 - 001|01/01/2025|-|02/01/2025|01000199999901|-|4|01/01/2030|0123456789abcdef-0000|4|5468c3a06e68207068e1bb912048c3a0204ee1bb9969|$';
const cccdQr = '001085999901|012999901|Nguyễn Văn Giả|15051985|Nam|Số 1 Ngõ Mẫu, Phường Thử, Hà Nội|10042021';

let dir: string;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kcb-serial-'));
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  rmSync(dir, { recursive: true, force: true });
});

async function pair(name = 'a'): Promise<SocatPair> {
  const p = await startSocatPair(join(dir, `${name}-app`), join(dir, `${name}-dev`));
  cleanups.push(() => p.stop());
  return p;
}

function scanner(options: SerialScannerOptions, listPorts?: () => Promise<ListedUsbPort[]>) {
  const s = new SerialScanner({ watchIntervalMs: 100, ...options }, listPorts ? { listPorts } : {});
  const scans: string[] = [];
  const states: ScannerStatus['state'][] = [];
  s.on('scan', (text) => scans.push(text));
  s.on('status', (st) => states.push(st.state));
  cleanups.push(() => s.stop());
  return { s, scans, states };
}

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(10);
  }
}

const noPorts = async () => [] as ListedUsbPort[];

describe('SerialScanner on socat ptys', () => {
  it('frames CR-terminated scans at 9600 baud (real SerialPort.list through udevadm)', async () => {
    const p = await pair();
    const { s, scans, states } = scanner({ path: p.appPath, baudRate: 9600, suffix: 'cr' });
    await s.start();
    expect(states).toEqual(['connected']);
    await p.write('GD4010199999903\r');
    await p.write('0199999901\r');
    await until(() => scans.length === 2);
    expect(scans).toEqual(['GD4010199999903', '0199999901']);
  });

  it('frames CRLF-terminated scans at 115200 baud and decodes UTF-8 split mid-character', async () => {
    const p = await pair();
    const { s, scans } = scanner({ path: p.appPath, baudRate: 115200, suffix: 'crlf' }, noPorts);
    await s.start();
    // 7-byte chunks cut through the 2- and 3-byte UTF-8 sequences of the Vietnamese name.
    await p.write(`${cccdQr}\r\n`, { chunk: 7, gapMs: 1 });
    await p.write('001085999901\r\n');
    await until(() => scans.length === 2);
    expect(scans).toEqual([cccdQr, '001085999901']);
  });

  it('frames a scanner with no suffix by the inter-byte timeout', async () => {
    const p = await pair();
    const { s, scans } = scanner(
      { path: p.appPath, baudRate: 9600, suffix: 'none', interByteTimeoutMs: 60 },
      noPorts,
    );
    await s.start();
    await p.write('GD4010199999903', { chunk: 3, gapMs: 5 });
    await sleep(200);
    await p.write('DN4797912345678', { chunk: 4, gapMs: 5 });
    await until(() => scans.length === 2);
    expect(scans).toEqual(['GD4010199999903', 'DN4797912345678']);
  });

  it('reassembles a BHYT QR split across many small writes into one scan the parser accepts', async () => {
    const p = await pair();
    const { s, scans } = scanner({ path: p.appPath, baudRate: 115200, suffix: 'cr' }, noPorts);
    await s.start();
    await p.write(`${bhytQr}\r`, { chunk: 5, gapMs: 2 });
    await until(() => scans.length === 1);
    expect(scans[0]).toBe(bhytQr);
    const parsed = parseScan(scans[0]!, { today: '2026-01-10' });
    expect(parsed.ok && parsed.scan.fullName).toBe('Nguyễn Văn Giả');
  });

  it('notices the pty vanishing and reconnects by itself when it comes back under the same name', async () => {
    const appPath = join(dir, 'v-app');
    const devPath = join(dir, 'v-dev');
    let p = await startSocatPair(appPath, devPath);
    cleanups.push(() => p.stop()); // whichever pair is current when the test ends
    const { s, scans, states } = scanner({ path: appPath, suffix: 'cr' }, noPorts);
    await s.start();
    await p.write('GD4010199999903\r');
    await until(() => scans.length === 1);

    await p.stop(); // unplug
    await until(() => states.at(-1) === 'reconnecting');
    await sleep(300); // a few watcher passes with nothing there: still reconnecting, no crash
    expect(states.at(-1)).toBe('reconnecting');

    p = await startSocatPair(appPath, devPath); // replug
    await until(() => states.at(-1) === 'connected');
    await p.write('0199999901\r');
    await until(() => scans.length === 2);
    expect(scans[1]).toBe('0199999901');
    expect(states).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('says the port is taken (not "no scanner") while another program holds it, and connects once freed', async () => {
    const p = await pair();
    // Another program on the desk PC (often the HIS's own scanner module) has the port open.
    const other = new SerialPort({ path: p.appPath, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => other.open((e) => (e ? reject(e) : resolve())));
    cleanups.push(() => new Promise((resolve) => (other.isOpen ? other.close(() => resolve()) : resolve())));
    const { s, scans, states } = scanner({ path: p.appPath, suffix: 'cr' }, noPorts);
    await s.start();
    expect(states).toEqual(['unavailable']);
    await new Promise((resolve) => other.close(resolve));
    await until(() => states.at(-1) === 'connected');
    await p.write('GD4010199999903\r');
    await until(() => scans.length === 1);
    expect(states).toEqual(['unavailable', 'connected']);
  });

  it('reports absent when nothing is configured or found', async () => {
    const { s, states } = scanner({ path: join(dir, 'nothing-here') });
    await s.start();
    expect(states).toEqual(['absent']);
  });

  it('keeps to the configured path when another known scanner is plugged in too', async () => {
    const configured = await pair('configured');
    const other = await pair('other');
    const listed = [
      { path: other.appPath, vendorId: '0c2e', productId: '0b01', serialNumber: 'OTHER' },
      { path: configured.appPath },
    ];
    const { s, scans } = scanner({ path: configured.appPath, suffix: 'cr' }, async () => listed);
    await s.start();
    expect(s.status).toBe('connected');
    await other.write('DN4797912345678\r');
    await configured.write('GD4010199999903\r');
    await until(() => scans.length >= 1);
    await sleep(100);
    expect(scans).toEqual(['GD4010199999903']);
  });

  it('reopens by VID/PID/serial when the port list shows the scanner under another name', async () => {
    // ptys carry no USB identity, so the list is injected: the same Honeywell scanner (by serial number)
    // first at one path, then gone from the list (unplug, port itself still open), then at another path.
    const first = await pair('first');
    const second = await pair('second');
    const honeywell = { vendorId: '0C2E', productId: '0B01', serialNumber: '21345B0123' };
    let listed: ListedUsbPort[] = [
      { path: '/dev/ttyS0' }, // a motherboard UART: never auto-selected
      { path: first.appPath, ...honeywell },
    ];
    const { s, scans, states } = scanner({ suffix: 'cr' }, async () => listed);
    await s.start();
    expect(states).toEqual(['connected']);
    await first.write('GD4010199999903\r');
    await until(() => scans.length === 1);

    listed = [{ path: '/dev/ttyS0' }];
    await until(() => states.at(-1) === 'reconnecting');
    listed = [
      { path: '/dev/ttyS0' },
      { path: second.appPath, ...honeywell, serialNumber: 'OTHER' }, // same model, another desk's unit
    ];
    await sleep(300);
    expect(states.at(-1)).toBe('reconnecting');
    listed = [{ path: second.appPath, ...honeywell, vendorId: '0c2e' }];
    await until(() => states.at(-1) === 'connected');
    await second.write('DN4797912345678\r');
    await until(() => scans.length === 2);
    expect(scans).toEqual(['GD4010199999903', 'DN4797912345678']);
  });
});
