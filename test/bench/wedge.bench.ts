// Keyboard-wedge detection overhead per key (issue #5): the pure burst classifier the capture-phase
// keydown listener runs for every key, on scanner bursts (BHYT QRs at 1–10 ms per key) and on typing.
// The DOM side adds one listener call and a timer reset per key; this is the part that grows with logic.
import { WedgeBurstDetector } from '../../shared/scan/wedge-burst';
import { realisticBhytPayload } from '../fixtures/scanners/phone-frames';
import { report, summarize } from './stats';

const burstKeys = [...realisticBhytPayload, 'Enter'];
const typingKeys = [...'Nguyen Van Gia 15/05/1985 ', 'Backspace', ...'5', 'Enter'];

function perKeyUs(keys: string[], gapMs: (i: number) => number, rounds: number): number[] {
  const detector = new WedgeBurstDetector();
  const samples: number[] = [];
  let t = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < keys.length; i++) {
      t += gapMs(i);
      detector.push({ key: keys[i]!, time: t, ime: false });
    }
    detector.flush();
    t += 1000;
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / keys.length);
  }
  return samples;
}

perKeyUs(burstKeys, () => 3, 2000); // warm-up
const scanner = perKeyUs(burstKeys, (i) => 1 + ((i * 7) % 10), 20000);
const person = perKeyUs(typingKeys, (i) => 80 + ((i * 37) % 150), 20000);
report(`wedge detector per key, scanner burst (${burstKeys.length} keys)`, summarize(scanner), 'µs');
report(`wedge detector per key, person typing (${typingKeys.length} keys)`, summarize(person), 'µs');
