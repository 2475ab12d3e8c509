// The pure burst classifier at its default thresholds (the DOM glue is tested in real Chromium in
// test/e2e/wedge-capture.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultWedgeTiming, WedgeBurstDetector, type KeyDecision } from '../../shared/scan/wedge-burst';

/** Feeds keys at the given gaps; returns every decision. */
function feed(
  d: WedgeBurstDetector,
  keys: (string | [string, boolean])[],
  gaps: number | number[],
  start = 1000,
) {
  let t = start;
  return keys.map((k, i) => {
    if (i > 0) t += Array.isArray(gaps) ? gaps[(i - 1) % gaps.length]! : gaps;
    const [key, ime] = Array.isArray(k) ? k : [k, false];
    return d.push({ key, time: t, ime });
  });
}
const results = (ds: KeyDecision[]) => ds.map((d) => d.result).filter((r) => r !== null);

describe('WedgeBurstDetector', () => {
  it('has the documented defaults', () => {
    expect(defaultWedgeTiming).toMatchObject({ maxMeanGapMs: 40, minLength: 6, silenceMs: 100 });
  });

  it('takes a 1–10 ms burst ending in Enter for a scan and holds every key after the first', () => {
    const d = new WedgeBurstDetector();
    const ds = feed(d, [...'GD4010199999903', 'Enter'], [3, 7, 1, 10, 5]);
    expect(ds[0]).toMatchObject({ hold: false, startsBurst: true });
    expect(ds.slice(1).every((x) => x.hold)).toBe(true);
    expect(results(ds)).toEqual([
      {
        kind: 'scan',
        text: 'GD4010199999903',
        imeSuspected: false,
        unreadable: false,
        terminator: 'enter',
        meanGapMs: expect.any(Number),
      },
    ]);
  });

  it('ends a BHYT QR on `$` and swallows the scanner suffix right after it', () => {
    const d = new WedgeBurstDetector();
    const ds = feed(d, [...'0199999901|4e67|$', 'Enter'], 4);
    expect(results(ds)).toMatchObject([{ kind: 'scan', text: '0199999901|4e67|$', terminator: 'dollar' }]);
    expect(ds.at(-1)).toEqual({ hold: true, startsBurst: false, result: null });
    // A later Enter is a person's again.
    expect(d.push({ key: 'Enter', time: 99999, ime: false }).hold).toBe(false);
  });

  it('never classifies typing at 60–250 ms per key as a scan', () => {
    for (const gap of [60, 90, 150, 250]) {
      const d = new WedgeBurstDetector();
      const ds = feed(d, [...'Nguyen Van Gia', 'Enter'], gap);
      expect(results(ds).every((r) => r.kind === 'typing')).toBe(true);
      expect(ds.every((x) => !x.hold)).toBe(true);
    }
  });

  it('gives back keys it held during a fast roll when the burst turns out to be a person', () => {
    const d = new WedgeBurstDetector();
    const ds = feed(d, [...'thanh'], [20, 25, 80, 90]); // mean 54 ms: a person
    expect(ds.map((x) => x.hold)).toEqual([false, true, true, true, true]);
    expect(d.flush()).toEqual({ kind: 'typing', text: 'thanh', held: true });
  });

  it('closes a burst on a long gap between event stamps, and on the idle flush', () => {
    const d = new WedgeBurstDetector();
    const first = feed(d, [...'001085999901'], 5);
    expect(results(first)).toEqual([]);
    const next = d.push({ key: 'x', time: 1000 + 11 * 5 + 150, ime: false });
    expect(next.result).toMatchObject({ kind: 'scan', text: '001085999901', terminator: 'silence' });
    expect(next.startsBurst).toBe(true);
    feed(d, [...'GD401019999990'], 3, 5000);
    expect(d.flush()).toMatchObject({ kind: 'scan', text: 'GD401019999990' });
    expect(d.flush()).toBeNull();
  });

  it('is not fooled by five fast keys (below the minimum length)', () => {
    const d = new WedgeBurstDetector();
    feed(d, [...'abcde'], 2);
    expect(d.flush()).toEqual({ kind: 'typing', text: 'abcde', held: true });
  });

  it('flags IME work: keyCode 229 letters and Backspace inside a fast burst; Process keys as unreadable', () => {
    const d = new WedgeBurstDetector();
    // Unikey turning `aa` into `â`: a, Backspace, â(229).
    const ds = feed(d, [...'e1ba', 'Backspace', ['â', true], ...'3|abcd', 'Enter'], 4);
    expect(results(ds)).toMatchObject([
      { kind: 'scan', text: 'e1bâ3|abcd', imeSuspected: true, unreadable: false },
    ]);
    const c = new WedgeBurstDetector();
    const cs = feed(c, [...'0199', ['Process', true], ...'99901', 'Enter'], 4);
    expect(results(cs)).toMatchObject([{ kind: 'scan', imeSuspected: true, unreadable: true }]);
  });

  it('gives a fast Telex roll back as the IME meant it: Backspace takes the letter that already landed', () => {
    // Unikey: `l`, `a`, then `f` rolled 30 ms later becomes Backspace + `à` (the f never arrives).
    const d = new WedgeBurstDetector();
    feed(d, ['a', 'Backspace', ['à', true]], [30, 1]);
    expect(d.flush()).toEqual({ kind: 'typing', text: 'à', held: true });
  });

  it('holds nothing and asks for no rewrite when a person types at human speed', () => {
    const d = new WedgeBurstDetector();
    feed(d, [...'ab'], 90);
    expect(d.flush()).toEqual({ kind: 'typing', text: 'ab', held: false });
  });

  it('treats a slow Backspace as a person correcting, not as an IME', () => {
    const d = new WedgeBurstDetector();
    const ds = feed(d, [...'Ngu', 'Backspace'], [150, 150, 200]);
    expect(ds.at(-1)!.hold).toBe(false);
  });

  it('never takes a held-down key (auto-repeat at 33 ms) for a scan, and lets every repeat through', () => {
    const d = new WedgeBurstDetector();
    const ds = [d.push({ key: '0', time: 1000, ime: false })];
    for (let i = 0; i < 20; i++) ds.push(d.push({ key: '0', time: 1500 + i * 33, ime: false, repeat: true }));
    expect(ds.every((x) => !x.hold)).toBe(true);
    expect([...results(ds), d.flush()].every((r) => r === null || r.kind === 'typing')).toBe(true);
  });

  it('ignores modifier keys a scanner presses for capitals', () => {
    const d = new WedgeBurstDetector();
    const ds = feed(d, ['Shift', 'G', 'Shift', 'D', ...'4010199999903', 'Enter'], 3);
    expect(results(ds)).toMatchObject([{ kind: 'scan', text: 'GD4010199999903' }]);
  });
});
