// The driver end to end with only the node-hid boundary faked (no physical HID device can exist here):
// recorded report bytes come out of the fake device exactly as node-hid would emit them.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HidPosScanner,
  type HidBoundary,
  type HidConnection,
  type HidDeviceInfo,
} from '../../electron/services/scanners/hid-pos-scanner';
import type { ScannerStatus } from '../../shared/scan/scanner-status';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/scanners/honeywell-hid-reports.json', import.meta.url), 'utf8'),
) as { scans: { expected: string; reports: string[] }[] };

class FakeDevice extends EventEmitter implements HidConnection {
  features: number[][] = [];
  closed = false;
  async sendFeatureReport(data: number[]) {
    this.features.push(data);
    return data.length;
  }
  async close() {
    this.closed = true;
  }
  play(reports: string[]) {
    for (const r of reports) this.emit('data', Buffer.from(r, 'hex'));
  }
}

class FakeHid implements HidBoundary {
  attached: HidDeviceInfo[] = [];
  enumerations = 0;
  opened: FakeDevice[] = [];
  async devices() {
    this.enumerations++;
    return this.attached.map((d) => ({ ...d }));
  }
  /** hidraw nodes listed but not openable (no udev rule for this VID/PID). */
  denied = new Set<string>();
  async open(path: string) {
    if (!this.attached.some((d) => d.path === path) || this.denied.has(path)) {
      throw new Error('could not open HID device');
    }
    const dev = new FakeDevice();
    this.opened.push(dev);
    return dev;
  }
}

// A Honeywell Voyager exposes a keyboard interface and the HID POS one; only the latter may be opened.
const voyagerKeyboard: HidDeviceInfo = {
  vendorId: 0x0c2e,
  productId: 0x0b87,
  path: '/dev/hidraw1',
  usagePage: 0x01,
  usage: 0x06,
};
const voyagerPos: HidDeviceInfo = {
  vendorId: 0x0c2e,
  productId: 0x0b87,
  path: '/dev/hidraw2',
  usagePage: 0x8c,
  usage: 0x02,
  serialNumber: 'V1',
};

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
});

function start(hid: FakeHid, options = {}) {
  const scanner = new HidPosScanner(hid, { pollIntervalMs: 20, reassemblyTimeoutMs: 50, ...options });
  const scans: string[] = [];
  const states: ScannerStatus['state'][] = [];
  scanner.on('scan', (t) => scans.push(t));
  scanner.on('status', (s) => states.push(s.state));
  stops.push(() => scanner.stop());
  return { scanner, scans, states };
}

async function until(cond: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(5);
  }
}

describe('HidPosScanner', () => {
  it('opens the usage page 0x8C interface, enables HID POS mode and delivers reassembled scans', async () => {
    const hid = new FakeHid();
    hid.attached = [voyagerKeyboard, voyagerPos];
    const { scanner, scans, states } = start(hid);
    await scanner.start();
    expect(states).toEqual(['connected']);
    const dev = hid.opened[0]!;
    expect(hid.opened).toHaveLength(1);
    expect(dev.features).toEqual([[0xfe, 0x01]]);
    for (const s of fixture.scans) dev.play(s.reports);
    expect(scans).toEqual(fixture.scans.map((s) => s.expected));
  });

  it('never opens a keyboard-only scanner and reports absent', async () => {
    const hid = new FakeHid();
    hid.attached = [voyagerKeyboard];
    const { scanner, states } = start(hid);
    await scanner.start();
    expect(states).toEqual(['absent']);
    expect(hid.opened).toHaveLength(0);
  });

  it('drops a scan whose continuation never arrives', async () => {
    const hid = new FakeHid();
    hid.attached = [voyagerPos];
    const { scanner, scans } = start(hid);
    await scanner.start();
    const dev = hid.opened[0]!;
    const [bhyt, , card] = fixture.scans;
    dev.play(bhyt!.reports.slice(0, 2));
    await sleep(120);
    dev.play(card!.reports);
    expect(scans).toEqual(['GD4010199999903']);
  });

  it('survives unplug and replug: reconnecting, then debounced reopen, without polling while connected', async () => {
    const hid = new FakeHid();
    hid.attached = [voyagerPos];
    const { scanner, scans, states } = start(hid, { identity: { vendorId: '0c2e', serialNumber: 'V1' } });
    await scanner.start();
    await sleep(100);
    expect(hid.enumerations).toBe(1); // no re-enumeration while the scanner is open

    hid.attached = [];
    hid.opened[0]!.emit('error', new Error('could not read from HID device'));
    await until(() => states.at(-1) === 'reconnecting');
    expect(hid.opened[0]!.closed).toBe(true);

    hid.attached = [voyagerPos];
    const before = hid.enumerations;
    await until(() => states.at(-1) === 'connected');
    expect(hid.enumerations - before).toBeGreaterThanOrEqual(2); // seen twice before opening
    hid.opened[1]!.play(fixture.scans[2]!.reports);
    expect(scans).toEqual(['GD4010199999903']);
    expect(states).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('says the scanner cannot be opened (not "absent") when it is listed but access is denied', async () => {
    const hid = new FakeHid();
    hid.attached = [voyagerPos];
    hid.denied.add(voyagerPos.path!);
    const { scanner, states } = start(hid);
    await scanner.start();
    expect(states).toEqual(['unavailable']);
    hid.denied.clear(); // IT added the udev rule and replugged
    await until(() => states.at(-1) === 'connected');
    expect(states).toEqual(['unavailable', 'connected']);
  });

  it('with a configured identity ignores other HID POS scanners', async () => {
    const hid = new FakeHid();
    hid.attached = [{ ...voyagerPos, serialNumber: 'OTHER' }];
    const { scanner, states } = start(hid, { identity: { vendorId: '0c2e', serialNumber: 'V1' } });
    await scanner.start();
    expect(states).toEqual(['absent']);
  });
});

describe('the real node-hid boundary', () => {
  it('loads node-hid and enumerates with the async API (no scanner attached here)', async () => {
    const { nodeHidBoundary, isHidPosScanner } =
      await import('../../electron/services/scanners/hid-pos-scanner');
    const hid = await nodeHidBoundary();
    const devices = await hid.devices();
    expect(Array.isArray(devices)).toBe(true);
    expect(devices.filter(isHidPosScanner)).toEqual([]);
  });
});
