// The desk's background composition under plain Node, with real parts: a socat pty as the serial
// scanner, the embedded simulator as the gateway, and an HID boundary with no device attached.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RawScan } from '../../shared/scan/parsed-scan';
import type { ScannerStatus } from '../../shared/scan/scanner-status';
import type { DeskServices } from '../../electron/services/desk/desk-services';
import { startDeskServices } from '../../electron/services/desk/desk-services';
import { scannerSettingsFromEnv } from '../../electron/services/desk/scanner-settings';
import { startSocatPair, type SocatPair } from '../scanners/socat-pair';
import { bhytQr, tenDigitCard } from '../support/payloads';

const noHid = async () => ({
  devices: async () => [],
  open: async () => Promise.reject(new Error('no device')),
});
let desk: DeskServices | null = null;
let pty: SocatPair | null = null;
afterEach(async () => {
  await desk?.stop();
  await pty?.stop();
  desk = pty = null;
});

describe('scanner settings from the environment', () => {
  it('defaults to auto serial at 9600 with CR, and HID POS on', () => {
    expect(scannerSettingsFromEnv({})).toEqual({
      ok: true,
      settings: { serial: 'auto', baudRate: 9600, suffix: 'cr', hidPos: true },
    });
  });
  it('reads a fixed port, baud, suffix and HID off', () => {
    const env = {
      KCB_SCANNER_SERIAL: 'COM3',
      KCB_SCANNER_BAUD: '115200',
      KCB_SCANNER_SUFFIX: 'crlf',
      KCB_SCANNER_HID: 'off',
    };
    expect(scannerSettingsFromEnv(env)).toEqual({
      ok: true,
      settings: { serial: { path: 'COM3' }, baudRate: 115200, suffix: 'crlf', hidPos: false },
    });
  });
  it('names every bad variable in Vietnamese and English', () => {
    const r = scannerSettingsFromEnv({ KCB_SCANNER_BAUD: '9601', KCB_SCANNER_SUFFIX: 'lf' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('SCANNER_SETTINGS_INVALID');
    expect(r.error.message).toMatch(/Cài đặt máy quét không hợp lệ: KCB_SCANNER_BAUD, KCB_SCANNER_SUFFIX/);
    expect(r.error.messageEn).toMatch(/KCB_SCANNER_BAUD, KCB_SCANNER_SUFFIX/);
  });
});

describe('startDeskServices', () => {
  it('runs in training mode on the embedded simulator and delivers serial scans once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kcb-desk-'));
    pty = await startSocatPair(join(dir, 'app'), join(dir, 'device'));
    desk = await startDeskServices(
      { KCB_SCANNER_SERIAL: pty.appPath, KCB_SCANNER_HID: 'on' },
      { hid: noHid },
    );
    expect(desk.trainingMode).toBe(true);
    expect(desk.problems).toEqual([]);
    expect(await desk.gateway!.client.probe()).toBe(true);

    const scans: RawScan[] = [];
    const statuses: ScannerStatus[] = [];
    desk.on('scan', (s) => scans.push(s));
    desk.on('scanner-status', (s) => statuses.push(s));
    const payload = bhytQr(tenDigitCard);
    await pty.write(payload + '\r');
    await pty.write(payload + '\r'); // a double trigger: dropped by the pipeline
    await expect.poll(() => scans.length, { timeout: 5000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(scans).toEqual([{ raw: payload, source: 'serial', receivedAt: expect.any(Number) }]);
  });

  it('reports a half-configured gateway as a problem and is then not in training mode', async () => {
    desk = await startDeskServices(
      { KCB_GATEWAY_URL: 'http://127.0.0.1:9', KCB_SCANNER_SERIAL: 'off', KCB_SCANNER_HID: 'off' },
      { hid: noHid },
    );
    expect(desk.trainingMode).toBe(false);
    expect(desk.gateway).toBeNull();
    expect(desk.problems.map((p) => p.code)).toHaveLength(1);
    expect(desk.problems[0]!.message.length).toBeGreaterThan(10);
  });
});
