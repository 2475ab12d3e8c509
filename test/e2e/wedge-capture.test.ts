// Keyboard-wedge capture in real Chromium: scanner-speed keys (1–10 ms) into an empty page and into
// focused fields, a person typing (must never trigger), and Telex/VNI/composition IME damage.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CodedMessage } from '../../shared/message';
import type { RawScan } from '../../shared/scan/parsed-scan';
import { parseScan } from '../../shared/scan/parse-scan';
import { launchChromium, serveCapturePages, type CapturePages } from './support/capture-pages';
import { keys, ScannerKeyboard } from './support/scanner-keyboard';

const bhytQr =
  '0199999901|4e677579e1bb856e2056c4836e204769e1baa3|15/05/1985|1|-|01 - 001|01/01/2025|-|02/01/2025|01000199999901|-|4|01/01/2030|0123456789abcdef-0000|4|5468c3a06e68207068e1bb912048c3a0204ee1bb9969|$';
const bhytQr15 =
  'GD4010199999903|5472e1baa76e205468e1bb8b204de1baab75|1962|2|58c3a3205468e1bbad204e676869e1bb876d|01 - 098|01/01/2020|31/12/2020|15/12/2019|0199999903|-|4|01/01/2024|00112233445566AA-0000|$';

let pages: CapturePages;
let chromium: { browser: Browser; close(): Promise<void> };
let page: Page;
let keyboard: ScannerKeyboard;

interface PageState {
  scans: RawScan[];
  refusals: CodedMessage[];
  submits: number;
  keysReachingPage: number;
}
const state = () => page.evaluate(() => (window as unknown as { capture: PageState }).capture);
const value = (sel: string) => page.$eval(sel, (el) => (el as HTMLInputElement).value);
// Every burst threshold stays at its default (defaultWedgeTiming): gaps are judged on the keys' own
// stamps. Only the real-time idle flush is raised, because this shared 2-core machine was measured
// delaying the delivery of already-queued keys by up to ~430 ms under load — that tests the machine,
// not the detector. The default idle flush is covered by test/scanners/wedge-burst.test.ts.
const idleFlushMs = 700;
// A scan that ends on a terminator (Enter, Tab, `$`) is judged while its last key is handled, and
// `keyboard.scan` returns only once Chromium has handled every key (DevTools acks each input event),
// so those tests read the page at once. Tests that claim nothing happens (a person typing) wait out
// the idle flush, so a burst left open would still be caught.
const settle = () => page.waitForTimeout(idleFlushMs + 100);

beforeAll(async () => {
  pages = await serveCapturePages(['wedge']);
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await pages?.close();
});
beforeEach(async () => {
  page = await chromium.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${pages.url('wedge')}?idleFlushMs=${idleFlushMs}`);
  await page.waitForFunction(() => 'capture' in window);
  keyboard = await ScannerKeyboard.attach(page);
  return async () => {
    expect(errors).toEqual([]); // CSP violations and exceptions show up here
    await page.close();
  };
});

describe('keyboard-wedge capture in Chromium', () => {
  it('captures a BHYT QR typed at scanner speed into an empty page, ending on $ and swallowing the CR suffix', async () => {
    await keyboard.scan(`${bhytQr}\r`);
    const s = await state();
    expect(s.scans.map((x) => [x.raw, x.source])).toEqual([[bhytQr, 'wedge']]);
    // Only the burst's first key reached the page (it cannot be told from a person's); the CR after `$`
    // did not.
    expect(s.keysReachingPage).toBe(1);
    expect(parseScan(s.scans[0]!.raw).ok).toBe(true);
  });

  it('leaves no text in a focused input and does not submit its form on the Enter suffix', async () => {
    await page.fill('#notes', 'ghi chú');
    await page.focus('#notes');
    await keyboard.scan('GD4010199999903\r');
    const s = await state();
    expect(s.scans.map((x) => x.raw)).toEqual(['GD4010199999903']);
    expect(await value('#notes')).toBe('ghi chú');
    expect(s.submits).toBe(0);
  });

  it('leaves a focused textarea untouched by a QR ending in $ and a Tab suffix, caret kept', async () => {
    await page.fill('#memo', 'dòng 1\n');
    await page.focus('#memo');
    await keyboard.scan(`${bhytQr15}\t`);
    expect((await state()).scans.map((x) => x.raw)).toEqual([bhytQr15]);
    expect(await value('#memo')).toBe('dòng 1\n');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('memo'); // Tab did not move focus
    await keyboard.typeLikeAPerson('x', [150]);
    expect(await value('#memo')).toBe('dòng 1\nx');
  });

  it('captures a scanner with no suffix after the silence window', async () => {
    await page.focus('#notes');
    await keyboard.scan('001085999901');
    await page.waitForFunction(() => (window as unknown as { capture: PageState }).capture.scans.length > 0);
    expect((await state()).scans.map((x) => x.raw)).toEqual(['001085999901']);
    expect(await value('#notes')).toBe('');
  });

  it('never takes a person typing at normal speed for a scanner, and their Enter still submits', async () => {
    await page.focus('#notes');
    await keyboard.typeLikeAPerson('GD4010199999903', [110, 180, 140, 220, 125]);
    await keyboard.typeLikeAPerson('\r', [10]);
    await settle();
    const s = await state();
    expect(s.scans).toEqual([]);
    expect(await value('#notes')).toBe('GD4010199999903');
    expect(s.submits).toBe(1);
  });

  it('leaves a held-down key (OS auto-repeat, ~30 per second) in the field as typed', async () => {
    await page.focus('#notes');
    await keyboard.holdKey('0', 12);
    await settle();
    const s = await state();
    expect([s.scans, s.refusals]).toEqual([[], []]);
    expect(await value('#notes')).toBe('0'.repeat(13));
  });

  it('gives back every key of a fast typist whose key rolls look machine-fast for a moment', async () => {
    await page.focus('#notes');
    // Rolls of 15–30 ms between some pairs, pauses between words: mean far above a scanner's.
    await keyboard.typeLikeAPerson('Nguyen Van Gia 1985', [18, 95, 25, 130, 30, 80, 15, 160, 22, 105]);
    await settle();
    expect((await state()).scans).toEqual([]);
    expect(await value('#notes')).toBe('Nguyen Van Gia 1985');
  });

  it('leaves Vietnamese typed through Telex (Unikey) as the IME made it, even on fast key rolls', async () => {
    await page.focus('#notes');
    // "laf vieej": à and ê come as Backspace + letter; the f and second e roll in 25–35 ms after
    // the letter before them, as a fast typist's do.
    await keyboard.typeThroughIme(keys.telex('laf vieej'), [120, 30, 140, 110, 130, 90, 28, 150]);
    await settle();
    expect((await state()).scans).toEqual([]);
    expect(await value('#notes')).toBe('là viêj'); // j (a tone in real Telex) is a plain key here
  });

  it('repairs a QR damaged by a Telex IME (Backspace + keyCode 229 letters) through the parser', async () => {
    await page.focus('#notes');
    await keyboard.scan(keys.telex(`${bhytQr}\r`));
    const s = await state();
    expect(s.refusals).toEqual([]);
    expect(s.scans).toHaveLength(1);
    expect(s.scans[0]!.raw).not.toBe(bhytQr); // what arrived is damaged …
    expect(s.scans[0]!.raw).toMatch(/[âêđàè]/);
    const parsed = parseScan(s.scans[0]!.raw);
    expect(parsed.ok && [parsed.scan.fullName, parsed.scan.warnings.map((w) => w.code)]).toEqual([
      'Nguyễn Văn Giả',
      expect.arrayContaining(['IME_REPAIRED']),
    ]); // … and the parser restores it
    expect(await value('#notes')).toBe('');
  });

  it('refuses a QR damaged beyond repair (VNI tones) with the Vietnamese IME message and keeps nothing', async () => {
    await page.focus('#notes');
    // VNI turns `a1` into `á`: there is no way back to the hex, so the parser cannot decode the name.
    const vniVictim = bhytQr.replace('e1baa3', 'e1ba13');
    await keyboard.scan(keys.vni(`${vniVictim}\r`));
    const s = await state();
    expect(s.scans).toEqual([]);
    expect(s.refusals.map((r) => r.code)).toEqual(['IME_DAMAGE']);
    expect(await page.textContent('#refusal')).toContain('Hãy tắt bộ gõ tiếng Việt (Unikey/EVKey)');
    expect(await page.textContent('#refusal')).toContain('HID POS/COM');
    expect(await value('#notes')).toBe('');
  });

  it('refuses a burst a composing IME hid from keydown (key "Process")', async () => {
    await keyboard.scan(keys.composing(`${bhytQr}\r`));
    const s = await state();
    expect(s.scans).toEqual([]);
    expect(s.refusals.map((r) => r.code)).toEqual(['IME_DAMAGE']);
  });

  it('delivers a double trigger once', async () => {
    await keyboard.scan('GD4010199999903\r');
    await keyboard.scan('GD4010199999903\r');
    expect((await state()).scans.map((s) => s.raw)).toEqual(['GD4010199999903']);
  });
});
