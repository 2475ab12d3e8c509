// Test page for the keyboard-wedge capture: records what the capture delivers so Chromium tests can
// read it (window.capture), and counts form submissions (a scanner's Enter must not submit).
import type { CodedMessage } from '../../../shared/message';
import type { RawScan } from '../../../shared/scan/parsed-scan';
import { createScanFeed } from '../scan-feed';
import { startWedgeCapture } from '../wedge-capture';

const state = {
  scans: [] as RawScan[],
  refusals: [] as CodedMessage[],
  submits: 0,
  inputEvents: 0,
  /** keydowns that got past the capture to the page's own handlers (a scanner's suffix must not). */
  keysReachingPage: 0,
};
(window as unknown as { capture: typeof state }).capture = state;

const list = document.getElementById('scans')!;
const feed = createScanFeed((scan) => {
  state.scans.push(scan);
  document.getElementById('refusal')!.textContent = ''; // an old refusal must not sit beside a good scan
  const li = document.createElement('li');
  li.textContent = scan.raw;
  list.append(li);
});
// Timing overrides from the query string (`?idleFlushMs=1000`): the defaults otherwise.
const timing = Object.fromEntries(
  [...new URLSearchParams(location.search)]
    .filter(([k]) => k.endsWith('Ms') || k === 'minLength')
    .map(([k, v]) => [k, Number(v)]),
);
startWedgeCapture({
  timing,
  onScan: feed,
  onRefused: (error) => {
    state.refusals.push(error);
    document.getElementById('refusal')!.textContent = `${error.message} / ${error.messageEn}`;
  },
});
document.getElementById('form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  state.submits++;
});
document.addEventListener('input', () => state.inputEvents++);
document.addEventListener('keydown', () => state.keysReachingPage++);
