// Plays a keyboard-wedge scanner (or a person) into real Chromium through the DevTools Input domain —
// the path real key events take (keydown → default action → input), not synthetic DOM events.
//
// Scanner keys carry OS-style event stamps 1–10 ms apart (`timestamp`, which Chromium turns into
// `KeyboardEvent.timeStamp`) and are handed to Chromium in one go, the way a USB keyboard's reports
// queue up in the OS. That keeps the test honest on a loaded 2-core CI machine: pacing them with
// setTimeout from Node measured stalls of up to ~190 ms under load, which would test the machine, not
// the detector. A person's keys are paced in real time (stalls only make a person look slower).
//
// A Telex IME (Unikey/EVKey) is played the way it behaves on Windows: when a key completes a Telex
// pattern it sends Backspace and the composed letter as a VK_PACKET key (keyCode 229 in Chromium).
import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';

export interface KeyTiming {
  minGapMs: number;
  maxGapMs: number;
}
export const scannerTiming: KeyTiming = { minGapMs: 1, maxGapMs: 10 };

export interface Key {
  key: string;
  text?: string;
  keyCode: number;
  code?: string;
  /** The OS's auto-repeat of a held key (`KeyboardEvent.repeat`). */
  autoRepeat?: boolean;
  /** Sent by the IME itself (its Backspace and composed letter), within a millisecond of the key that
   * triggered it — the person's own keystroke (`f`, the second `e`) never reaches the page. */
  byIme?: boolean;
}

const named: Record<string, Key> = {
  '\r': { key: 'Enter', text: '\r', keyCode: 13, code: 'Enter' },
  '\t': { key: 'Tab', keyCode: 9, code: 'Tab' },
  '\b': { key: 'Backspace', keyCode: 8, code: 'Backspace' },
};

export function keyFor(ch: string): Key {
  if (named[ch]) return named[ch];
  const upper = ch.toUpperCase();
  return { key: ch, text: ch, keyCode: /^[A-Z0-9]$/.test(upper) ? upper.charCodeAt(0) : 0 };
}

// prettier-ignore
const telex: Record<string, string> = { aa: 'â', ee: 'ê', dd: 'đ', af: 'à', ef: 'è', 'âf': 'ầ', 'êf': 'ề' };
// prettier-ignore
const vni: Record<string, string> = { a1: 'á', e1: 'é', a2: 'à', e2: 'è', a6: 'â', e6: 'ê', d9: 'đ' };

/** What an IME leaves in keydown when `table` rewrites a pair: Backspace, then the letter as keyCode 229. */
function throughIme(text: string, table: Record<string, string>): Key[] {
  const keys: Key[] = [];
  let previous = '';
  for (const ch of text) {
    const composed = table[previous + ch];
    if (composed) {
      keys.push(
        { ...named['\b']!, byIme: true },
        { key: composed, text: composed, keyCode: 229, byIme: true },
      );
    } else keys.push(keyFor(ch));
    previous = composed ?? ch;
  }
  return keys;
}

export const keys = {
  plain: (text: string): Key[] => [...text].map(keyFor),
  telex: (text: string): Key[] => throughIme(text, telex),
  vni: (text: string): Key[] => throughIme(text, vni),
  /** A composition-based IME: keydown says only `Process` (keyCode 229) for letters it captures. */
  composing: (text: string): Key[] =>
    [...text].map((ch) => (/[a-f]/.test(ch) ? { key: 'Process', keyCode: 229 } : keyFor(ch))),
};

export class ScannerKeyboard {
  /** Event stamps stay monotonic across calls: a scan stamped ahead of real time must not be followed
   * by one stamped before it. */
  private lastStampS = 0;

  private constructor(private readonly cdp: CDPSession) {}

  /** Stamps start after the page's time origin (earlier ones would be clamped to 0), so the first scan
   * waits only for what the page has not lived through yet. */
  static async attach(page: Page): Promise<ScannerKeyboard> {
    const keyboard = new ScannerKeyboard(await page.context().newCDPSession(page));
    keyboard.lastStampS = (await page.evaluate(() => performance.timeOrigin)) / 1000;
    return keyboard;
  }

  private dispatch(k: Key, timestampS?: number): Promise<unknown>[] {
    const base = {
      key: k.key,
      code: k.code ?? '',
      windowsVirtualKeyCode: k.keyCode,
      nativeVirtualKeyCode: k.keyCode,
      ...(k.autoRepeat ? { autoRepeat: true } : {}),
      ...(timestampS ? { timestamp: timestampS } : {}),
    };
    const text = k.text ? { text: k.text, unmodifiedText: k.text } : {};
    return [
      this.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, ...text }),
      this.cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        ...base,
        ...(timestampS ? { timestamp: timestampS + 0.0005 } : {}),
      }),
    ];
  }

  /** A scanner: keys stamped `timing` apart, handed over at once. `\r` Enter, `\t` Tab, `\b` Backspace. */
  async scan(input: string | Key[], timing: KeyTiming = scannerTiming): Promise<void> {
    const list = typeof input === 'string' ? keys.plain(input) : input;
    const gapsMs = list.map((_, i) =>
      i === 0 ? 0 : timing.minGapMs + Math.floor(Math.random() * (timing.maxGapMs - timing.minGapMs + 1)),
    );
    await this.stamped(list, gapsMs);
  }

  /** A person holding a key down: the OS sends it once, then after `delayMs` repeats it every `gapMs`
   * with `repeat` set (Windows' default: 500 ms, then ~30 per second). */
  async holdKey(ch: string, repeats: number, { delayMs = 500, gapMs = 33 } = {}): Promise<void> {
    const list = [
      keyFor(ch),
      ...Array.from({ length: repeats }, () => ({ ...keyFor(ch), autoRepeat: true })),
    ];
    await this.stamped(
      list,
      list.map((_, i) => (i === 0 ? 0 : i === 1 ? delayMs : gapMs)),
    );
  }

  /** Keys stamped `gapsMs` apart (gapsMs[0] is ignored), handed to Chromium in one go. */
  private async stamped(list: Key[], gapsMs: number[]): Promise<void> {
    const gaps = gapsMs.map((g, i) => (i === 0 ? 0 : g / 1000));
    const total = gaps.reduce((a, b) => a + b, 0);
    // Stamps end "now": the scanner typed over the last `total` seconds and the keys arrive in a clump.
    // Never stamp the future (Chromium clamps such stamps to the arrival time) and never before the
    // previous scan's last key: wait until both hold.
    const earliestStart = this.lastStampS + 0.001;
    const waitS = earliestStart + total - Date.now() / 1000;
    if (waitS > 0) await sleep(Math.ceil(waitS * 1000));
    let t = Date.now() / 1000 - total;
    const sent: Promise<unknown>[] = [];
    for (const [i, k] of list.entries()) {
      t += gaps[i]!;
      sent.push(...this.dispatch(k, t));
    }
    this.lastStampS = t;
    await Promise.all(sent);
  }

  /** A person typing through an IME, judged on event stamps: `gapsMs` (cycled) between the person's
   * keystrokes, the IME's Backspace at the moment of the swallowed keystroke, its letter 1 ms later. */
  async typeThroughIme(list: Key[], gapsMs: number[]): Promise<void> {
    let i = 0;
    let afterIme = false;
    const gaps = list.map((k, j) => {
      const gap = j === 0 ? 0 : afterIme ? 1 : gapsMs[i++ % gapsMs.length]!;
      afterIme = !!k.byIme && k.key === 'Backspace';
      return gap;
    });
    await this.stamped(list, gaps);
  }

  /** A person: keys sent in real time with the given gaps (cycled). */
  async typeLikeAPerson(text: string, gapsMs: number[]): Promise<void> {
    let i = 0;
    for (const ch of text) {
      this.lastStampS = Date.now() / 1000;
      await Promise.all(this.dispatch(keyFor(ch), this.lastStampS));
      await sleep(gapsMs[i++ % gapsMs.length]!);
    }
  }
}
