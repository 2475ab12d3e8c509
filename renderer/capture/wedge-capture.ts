// Keyboard-wedge scanner capture (scanners-and-camera.md, "Keyboard wedge in the renderer"). A capture-
// phase `keydown` listener on the window sees every key before any field or React handler does; the
// pure `WedgeBurstDetector` decides what is a scan. While a machine-speed burst runs its keys are held
// back (preventDefault), and when it turns out to be a scan the focused field is restored to what it held
// before the burst — the first key of a burst cannot be told from a person's and has already landed. When
// a burst with held keys turns out to be a person, the field is put back and the burst typed into it
// again, so nothing typed is lost or doubled.
// Buffer and timestamps live here, outside React state. Zebra "ALT mode" (Alt + numpad codes) is not
// decoded: configure the scanner without it (documented in capture/README.md).
import type { CodedMessage } from '../../shared/message';
import { coded } from '../../shared/message';
import { parseScan } from '../../shared/scan/parse-scan';
import type { RawScan } from '../../shared/scan/parsed-scan';
import type { WedgeBurstResult, WedgeTiming } from '../../shared/scan/wedge-burst';
import { defaultWedgeTiming, WedgeBurstDetector } from '../../shared/scan/wedge-burst';
import { captureMessages } from './capture-messages';

export interface WedgeCaptureOptions {
  onScan(scan: RawScan): void;
  /** A burst that was a scan but cannot be trusted (IME damage that is not reversible). */
  onRefused?(error: CodedMessage): void;
  timing?: Partial<WedgeTiming>;
  target?: Window;
  /** Epoch clock for `receivedAt`. */
  clock?: () => number;
}

type EditableField = HTMLInputElement | HTMLTextAreaElement;
interface FieldSnapshot {
  field: EditableField;
  value: string;
  start: number | null;
  end: number | null;
}

/** Starts listening; returns the function that stops. */
export function startWedgeCapture(options: WedgeCaptureOptions): () => void {
  const timing = { ...defaultWedgeTiming, ...options.timing };
  const detector = new WedgeBurstDetector(timing);
  const target = options.target ?? window;
  const clock = options.clock ?? Date.now;
  let snapshot: FieldSnapshot | null = null;
  let silence: ReturnType<typeof setTimeout> | null = null;

  const finish = (result: WedgeBurstResult | null) => {
    if (!result) return;
    const shot = snapshot;
    snapshot = null;
    if (result.kind === 'typing') {
      if (shot && result.held) {
        restore(shot);
        giveBack(shot.field, result.text);
      }
      return;
    }
    if (shot) restore(shot);
    const verdict = judge(result);
    if (verdict.ok) options.onScan({ raw: result.text, source: 'wedge', receivedAt: clock() });
    else options.onRefused?.(verdict.error);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Shortcuts are never scanner text; AltGr (reported as Ctrl+Alt on Windows) types characters such as
    // `|` on non-US layouts, so it stays in.
    const altGr = e.getModifierState('AltGraph');
    if (!altGr && (e.ctrlKey || e.metaKey || (e.altKey && e.key !== 'Alt'))) return;
    const decision = detector.push({
      key: e.key,
      time: e.timeStamp,
      ime: e.keyCode === 229 || e.isComposing,
      repeat: e.repeat,
    });
    finish(decision.result);
    if (decision.startsBurst) snapshot = snapshotOf(target.document.activeElement);
    if (decision.hold) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    if (silence) clearTimeout(silence);
    // Real-time quiet ends a suffix-less burst; gaps between keys are judged on the events' own stamps.
    silence = detector.inBurst ? setTimeout(onSilence, timing.idleFlushMs) : null;
  };
  const onSilence = () => {
    silence = null;
    finish(detector.flush());
  };

  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => {
    target.removeEventListener('keydown', onKeyDown, { capture: true });
    if (silence) clearTimeout(silence);
  };
}

/** IME signs: let the parser repair Telex (it knows the hex fields); refuse what it cannot repair. */
function judge(
  result: Extract<WedgeBurstResult, { kind: 'scan' }>,
): { ok: true } | { ok: false; error: CodedMessage } {
  const imeRefusal = { ok: false as const, error: coded('IME_DAMAGE', captureMessages.IME_DAMAGE) };
  if (result.unreadable) return imeRefusal;
  if (!result.imeSuspected) return { ok: true };
  return parseScan(result.text).ok ? { ok: true } : imeRefusal;
}

function snapshotOf(el: Element | null): FieldSnapshot | null {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return null;
  return { field: el, value: el.value, start: selection(el, 'start'), end: selection(el, 'end') };
}

function selection(el: EditableField, which: 'start' | 'end'): number | null {
  try {
    return which === 'start' ? el.selectionStart : el.selectionEnd;
  } catch {
    return null; // type=email/number have no selection API
  }
}

/** Sets the value the way React notices: the prototype's setter, then an `input` event. */
function setValue(field: EditableField, value: string): void {
  const proto =
    field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function restore(shot: FieldSnapshot): void {
  if (shot.field.value === shot.value) return;
  setValue(shot.field, shot.value);
  if (shot.start !== null && shot.end !== null) shot.field.setSelectionRange(shot.start, shot.end);
}

function giveBack(field: EditableField, text: string): void {
  if (!field.isConnected) return;
  const start = selection(field, 'start');
  const end = selection(field, 'end');
  if (start === null || end === null) return setValue(field, field.value + text);
  const value = field.value.slice(0, start) + text + field.value.slice(end);
  setValue(field, value);
  field.setSelectionRange(start + text.length, start + text.length);
}
