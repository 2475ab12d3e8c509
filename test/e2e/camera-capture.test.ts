// The webcam fallback in real Chromium, fed through the real getUserMedia path by Chromium's fake
// camera playing a y4m made here: a dense BHYT QR on a phone screen, noisy, slightly blurred and turned.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RawScan } from '../../shared/scan/parsed-scan';
import { parseScan } from '../../shared/scan/parse-scan';
import { realisticBhytPayload, renderPhoneFrame, toY4m } from '../fixtures/scanners/phone-frames';
import { launchChromium, serveCapturePages, type CapturePages } from './support/capture-pages';

let dir: string;
let pages: CapturePages;
let chromium: { browser: Browser; close(): Promise<void> };
let page: Page;
let errors: string[];

interface PageState {
  scans: RawScan[];
  statuses: string[];
  cameras: string[];
  running: boolean;
}
const state = () => page.evaluate(() => (window as unknown as { capture: PageState }).capture);
const cameraLive = () =>
  page.evaluate(() => (window as unknown as { capture: { cameraLive(): boolean } }).capture.cameraLive());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kcb-camera-'));
  // Five frames of a phone held a little crooked and moving; Chromium loops the file.
  const frames = [0, 1, 2, 3, 4].map((i) =>
    renderPhoneFrame({
      width: 1280,
      height: 720,
      payload: realisticBhytPayload,
      modulePx: 5,
      rotationDeg: 4 + i,
      offset: [0.01 * i, -0.01 * i],
      noise: 10,
      blur: 1,
      glare: 0.3,
      seed: 10 + i,
    }),
  );
  const y4m = join(dir, 'bhyt-phone.y4m');
  writeFileSync(y4m, toY4m(frames, 5));
  [pages, chromium] = await Promise.all([
    serveCapturePages(['camera']),
    launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m}`,
    ]),
  ]);
});
afterAll(async () => {
  await chromium?.close();
  await pages?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  page = await chromium.browser.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return async () => {
    expect(errors).toEqual([]); // CSP violations (e.g. a CDN fetch of the .wasm) would show here
    await page.close();
  };
});

async function scanWith(query = '') {
  await page.goto(pages.url('camera') + query);
  await page.waitForFunction(() => 'capture' in window);
  await page.click('#start');
  await page.waitForFunction(
    () => (window as unknown as { capture: PageState }).capture.scans.length > 0,
    null,
    {
      timeout: 20_000,
    },
  );
}

describe('webcam fallback in Chromium with a fake camera', () => {
  it('reads the BHYT QR with the default decoder (zxing-wasm, .wasm served locally) and stops the camera', async () => {
    const wasmRequests: string[] = [];
    page.on('request', (r) => r.url().endsWith('.wasm') && wasmRequests.push(r.url()));
    await scanWith();
    const s = await state();
    expect(s.scans.map((x) => [x.raw, x.source])).toEqual([[realisticBhytPayload, 'camera']]);
    const parsed = parseScan(s.scans[0]!.raw, { today: '2026-01-10' });
    expect(parsed.ok && parsed.scan.fullName).toBe('Nguyễn Văn Giả');
    expect(s.statuses).toEqual(['CAMERA_STARTING', 'CAMERA_SEARCHING', 'CAMERA_FOUND']);
    expect(wasmRequests).toHaveLength(1);
    expect(new URL(wasmRequests[0]!).host).toBe(new URL(pages.url('camera')).host);
    expect(await cameraLive()).toBe(false);
    expect(s.cameras.length).toBeGreaterThanOrEqual(1); // the picker lists the (fake) camera
    expect(await page.$$eval('#camera option', (o) => o.length)).toBe(s.cameras.length);
    expect(await page.textContent('#status')).toBe('Đã đọc được mã QR.');
  });

  it('keeps @zxing/library available as the other decoder', async () => {
    await scanWith('?decoder=zxing-js');
    expect((await state()).scans.map((x) => x.raw)).toEqual([realisticBhytPayload]);
    expect(await cameraLive()).toBe(false);
  });

  it('shows "Đang tìm mã QR…", throttles attempts while nothing is found, and stops the camera on close', async () => {
    // A centre crop too small to hold the code: the scan searches until the panel closes.
    await page.goto(pages.url('camera') + '?cropFraction=0.1');
    await page.waitForFunction(() => 'capture' in window);
    await page.click('#start');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Đang tìm mã QR…');
    expect(await cameraLive()).toBe(true);
    await page.waitForFunction(
      () => (window as unknown as { capture: { attempts: unknown[] } }).capture.attempts.length >= 6,
    );
    await page.click('#close');
    expect(await cameraLive()).toBe(false);
    const s = (await state()) as PageState & { attempts: { at: number; hard: boolean }[] };
    // ~250 ms apart, never back-to-back; every 5th attempt is the hard pass.
    const gaps = s.attempts.slice(1).map((a, i) => a.at - s.attempts[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(240);
    expect(s.attempts[4]!.hard).toBe(true);
    expect(s.attempts.slice(0, 4).some((a) => a.hard)).toBe(false);
    expect(s.scans).toEqual([]);
    expect(s.statuses).toEqual(['CAMERA_STARTING', 'CAMERA_SEARCHING', 'CAMERA_STOPPED']);
    expect(await page.textContent('#status')).toBe('Đã tắt camera.');
    expect(await page.$eval('#video', (v) => (v as HTMLVideoElement).srcObject)).toBeNull();
  });

  it('says the camera failed and turns it off when the decoder worker cannot load', async () => {
    await page.goto(pages.url('camera') + '?worker=missing');
    await page.waitForFunction(() => 'capture' in window);
    await page.click('#start');
    await page.waitForFunction(() => !(window as unknown as { capture: PageState }).capture.running, null, {
      timeout: 10_000,
    });
    const s = await state();
    // The 404 may come before or after the camera opened (SEARCHING): either way it ends on FAILED.
    expect(s.statuses[0]).toBe('CAMERA_STARTING');
    expect(s.statuses.at(-1)).toBe('CAMERA_FAILED');
    expect(s.statuses.filter((c) => c === 'CAMERA_FAILED')).toHaveLength(1);
    await page.waitForTimeout(300); // a camera that opened after the failure must still be let go
    expect(await cameraLive()).toBe(false);
    expect(await page.textContent('#status')).toContain('Không mở được camera');
    errors = errors.filter((e) => !e.includes('404')); // the missing worker script, on purpose
  });

  it('tells the desk when the camera goes away mid-scan (its track ends) and stops searching', async () => {
    await page.goto(pages.url('camera') + '?cropFraction=0.1');
    await page.waitForFunction(() => 'capture' in window);
    await page.click('#start');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Đang tìm mã QR…');
    // What Chromium fires when a USB webcam is pulled out; a fake device cannot be unplugged.
    await page.evaluate(() => {
      const video = document.getElementById('video') as HTMLVideoElement;
      (video.srcObject as MediaStream).getVideoTracks()[0]!.dispatchEvent(new Event('ended'));
    });
    const s = await state();
    expect(s.statuses).toEqual(['CAMERA_STARTING', 'CAMERA_SEARCHING', 'CAMERA_LOST']);
    expect(s.running).toBe(false);
    expect(await cameraLive()).toBe(false);
    expect(await page.textContent('#status')).toContain('Mất hình từ camera');
  });
});
