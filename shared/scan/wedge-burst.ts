// Tells a keyboard-wedge scanner from a person at the keyboard (scanners-and-camera.md, "Keyboard wedge in
// the renderer"): a scanner "types" a whole payload with 1–10 ms between keys, a person rarely keeps a
// mean gap under ~100 ms. A burst is a scan when it has at least `minLength` characters and a mean gap of
// at most `maxMeanGapMs`; it ends on Enter/Tab, on the BHYT `$` terminator, or after a quiet spell.
// Pure and clock-free (the caller passes times) so the DOM glue stays thin and this is unit-tested and
// benchmarked in Node. Characters come from `KeyboardEvent.key`, never from a key-code table: onScan.js's
// table drops `|`, `/`, `-`, exactly the BHYT separators.

export interface WedgeTiming {
  /** Mean inter-key gap at or below which a finished burst counts as a scan. */
  maxMeanGapMs: number;
  /** Fewer characters than this is never a scan (a person's fast key roll). */
  minLength: number;
  /** A gap between two keys' event stamps longer than this separates two bursts. */
  silenceMs: number;
  /** Real-time quiet after which the caller closes a burst that had no terminator. Longer than
   * `silenceMs` on purpose: a busy renderer can receive a scanner's queued keys in clumps; on our 2-core
   * CI machine under load the gaps in delivery reached 190–430 ms while the keys' own stamps were 1–10 ms
   * apart. Only suffix-less scans wait for it, and 250 ms is still imperceptible at a desk (a desk PC
   * is far less loaded than that shared machine). */
  idleFlushMs: number;
  /** A gap this short means a machine is typing: from then on the burst's keys are held back from
   * the focused field (and given back if the burst turns out to be a person after all). */
  fastGapMs: number;
}

/** The doc's ranges: mean gap ≤ ~30–50 ms, length ≥ 6, ~100 ms of silence. */
export const defaultWedgeTiming: WedgeTiming = {
  maxMeanGapMs: 40,
  minLength: 6,
  silenceMs: 100,
  idleFlushMs: 250,
  fastGapMs: 40,
};

export interface WedgeKey {
  /** `KeyboardEvent.key`. */
  key: string;
  /** When the key happened, in ms: `KeyboardEvent.timeStamp` (the OS's stamp, so a page busy for a
   * moment does not make a person's queued keys look machine-fast). */
  time: number;
  /** `keyCode === 229` or `isComposing`: an IME produced or is composing this key. */
  ime: boolean;
  /** `KeyboardEvent.repeat`: a key held down. A scanner never holds a key, but Windows' default
   * auto-repeat (~30 per second) is as fast as a slow scanner: a receptionist holding `0` or `-` in a
   * field would otherwise have the text taken away and delivered as a "scan". */
  repeat?: boolean;
}

export type WedgeTerminator = 'enter' | 'tab' | 'dollar' | 'silence' | 'interrupted';

export type WedgeBurstResult =
  | {
      kind: 'scan';
      text: string;
      /** IME signs inside the burst (keyCode 229, composition, Backspace): the text may be Telex-damaged. */
      imeSuspected: boolean;
      /** An IME composed characters we never saw (`key` was `Process`): the text is incomplete. */
      unreadable: boolean;
      terminator: WedgeTerminator;
      meanGapMs: number;
    }
  | {
      kind: 'typing';
      /** What the burst typed, from its first key, after the IME's Backspaces took their letters. */
      text: string;
      /** Some of its keys were held back: the caller puts the field back as it was before the burst and
       * types `text` there. Re-typing the whole burst (not only the held keys) matters when an IME's
       * held Backspace was meant to delete the burst's first key, which had already landed: Unikey's
       * `a`, `f` rolled fast gives `a`, Backspace, `à` — `aà` if only the held keys came back. */
      held: boolean;
    };

export interface KeyDecision {
  /** preventDefault this key: it belongs to a scan in progress (or is the scanner's suffix). */
  hold: boolean;
  /** This key started a new burst: the caller snapshots the focused field now, before the key lands. */
  startsBurst: boolean;
  /** A burst finished on (or just before) this key. */
  result: WedgeBurstResult | null;
}

const UNREADABLE = '\uFFFD';
const editKeys = new Set(['Enter', 'Tab', 'Backspace']);
const imeKeys = new Set(['Process', 'Unidentified']);

export class WedgeBurstDetector {
  private chars: string[] = [];
  private keys = 0;
  private firstAt = 0;
  private lastAt = 0;
  private fast = false;
  private imeSuspected = false;
  private unreadable = false;
  /** When a scan ended on `$`: the scanner's CR/Tab suffix follows and must be swallowed too. */
  private dollarEndedAt: number | null = null;

  constructor(private readonly timing: WedgeTiming = defaultWedgeTiming) {}

  get inBurst(): boolean {
    return this.keys > 0;
  }

  push(k: WedgeKey): KeyDecision {
    let result: WedgeBurstResult | null = null;
    if (this.inBurst && k.time - this.lastAt > this.timing.silenceMs) result = this.finish('silence');

    if (k.repeat) return this.person(result);
    const isChar = [...k.key].length === 1;
    if (!isChar && !editKeys.has(k.key) && !(k.ime && imeKeys.has(k.key))) {
      // Shift/Alt/CapsLock carry no text (a scanner presses Shift for capitals): ignore them. Arrows,
      // Escape, F-keys are a person navigating: that ends whatever burst was running.
      if (isModifier(k.key)) return { hold: this.fast, startsBurst: false, result };
      return this.person(result);
    }

    if ((k.key === 'Enter' || k.key === 'Tab') && !this.inBurst) {
      const suffix = this.dollarEndedAt !== null && k.time - this.dollarEndedAt <= this.timing.silenceMs;
      this.dollarEndedAt = null;
      return { hold: suffix, startsBurst: false, result };
    }
    if (k.key === 'Enter' || k.key === 'Tab') {
      const done = this.finish(k.key === 'Enter' ? 'enter' : 'tab');
      return { hold: done.kind === 'scan', startsBurst: false, result: done };
    }

    const startsBurst = !this.inBurst;
    const gap = startsBurst ? Infinity : k.time - this.lastAt;
    if (gap <= this.timing.fastGapMs) this.fast = true;

    if (k.key === 'Backspace') {
      // Inside a machine-speed burst a Backspace is an IME rewriting what the scanner typed (Unikey
      // deletes `a` and sends `â`); at human speed it is a person correcting, which ends the burst.
      if (!this.fast) return this.person(result);
      this.chars.pop();
      this.imeSuspected = true;
      this.note(k.time, startsBurst);
      return { hold: true, startsBurst, result };
    }

    if (k.ime) this.imeSuspected = true;
    if (!isChar) this.unreadable = true;
    const ch = isChar ? k.key : UNREADABLE;
    this.chars.push(ch);
    this.note(k.time, startsBurst);

    if (k.key === '$' && this.fast && this.chars.includes('|')) {
      const done = this.finish('dollar');
      if (done.kind === 'scan') this.dollarEndedAt = k.time;
      return { hold: done.kind === 'scan', startsBurst, result: done };
    }
    return { hold: this.fast, startsBurst, result };
  }

  /** The caller's timer fired: `idleFlushMs` of real time passed with no key at all (key times are the
   * OS's event stamps, which can lag behind a busy page, so this is not judged on them). */
  flush(): WedgeBurstResult | null {
    return this.inBurst ? this.finish('silence') : null;
  }

  /** A key only a person sends: it passes through and ends whatever burst was running. */
  private person(result: WedgeBurstResult | null): KeyDecision {
    return {
      hold: false,
      startsBurst: false,
      result: result ?? (this.inBurst ? this.finish('interrupted') : null),
    };
  }

  private note(time: number, startsBurst: boolean): void {
    if (startsBurst) this.firstAt = time;
    this.lastAt = time;
    this.keys++;
  }

  private finish(terminator: WedgeTerminator): WedgeBurstResult {
    const meanGapMs = this.keys > 1 ? (this.lastAt - this.firstAt) / (this.keys - 1) : Infinity;
    const isScan = this.chars.length >= this.timing.minLength && meanGapMs <= this.timing.maxMeanGapMs;
    const result: WedgeBurstResult = isScan
      ? {
          kind: 'scan',
          text: this.chars.join(''),
          imeSuspected: this.imeSuspected,
          unreadable: this.unreadable,
          terminator,
          meanGapMs,
        }
      : { kind: 'typing', text: this.chars.filter((c) => c !== UNREADABLE).join(''), held: this.fast };
    this.chars = [];
    this.keys = 0;
    this.fast = false;
    this.imeSuspected = false;
    this.unreadable = false;
    return result;
  }
}

function isModifier(key: string): boolean {
  return ['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn'].includes(key);
}
