// Parser throughput on a realistic desk mix (issue #2 target: p99 under 50 µs per scan). The baseline,
// measured in the same run on the same inputs, is the least any parser must do: split on `|` and
// decode the name field's hex; the ratio says what classification, repair and validation cost on top.
import { parseScan } from '../../shared/scan/parse-scan';
import { decodeHexUtf8 } from '../../shared/scan/hex-text';
import { bhytQr, cccdCard, cccdQr, fifteenCharCard, telexDamage, tenDigitCard } from '../support/payloads';
import { report, summarize } from './stats';

const telexDamaged = bhytQr(fifteenCharCard)
  .split('|')
  .map((f, i) => (i === 1 || i === 4 ? telexDamage(f) : f))
  .join('|');
// Weights: VssID / QĐ 1666 cards dominate since 2021; CCCD grows since 2025 (cards-and-qr.md §1).
const mix: [string, number][] = [
  [bhytQr(tenDigitCard), 40],
  [bhytQr({ ...fifteenCharCard, upperHex: true }), 25],
  [cccdQr({ ...cccdCard, oldId: '', extraEmptyFields: true }), 15],
  [']Q1' + bhytQr(fifteenCharCard) + '\r\n', 5],
  ['GD4 01 0199999903', 4],
  ['001085999901', 3],
  ['0199999901', 3],
  [telexDamaged, 4],
  ['scan garbage from a receipt', 1],
];
const inputs = mix.flatMap(([payload, weight]) => Array<string>(weight).fill(payload));
for (let i = inputs.length - 1; i > 0; i--) {
  const j = (i * 7919) % (i + 1);
  [inputs[i], inputs[j]] = [inputs[j]!, inputs[i]!];
}

function baseline(raw: string): unknown {
  const fields = raw.split('|');
  return fields.length > 1 ? decodeHexUtf8(fields[1]!) : raw.trim();
}

function measure(fn: (raw: string) => unknown, rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const raw of inputs) {
      const t0 = process.hrtime.bigint();
      fn(raw);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  return samples;
}

measure(parseScan, 200); // warm-up: let V8 optimise both paths before timing
measure(baseline, 200);
const base = summarize(measure(baseline, 1000));
const parse = summarize(measure(parseScan, 1000));

const batch = 200_000;
const t0 = performance.now();
for (let i = 0; i < batch; i++) parseScan(inputs[i % inputs.length]!);
const scansPerSecond = batch / ((performance.now() - t0) / 1000);

report('baseline: split + decode one hex field', base, 'µs');
report('parseScan, realistic mix', parse, 'µs', `ratio median ×${(parse.median / base.median).toFixed(1)}`);
console.log(`parseScan throughput: ${Math.round(scansPerSecond).toLocaleString('en')} scans/s`);
console.log(`target p99 < 50 µs: ${parse.p99 < 50 ? 'met' : 'MISSED'} (p99 ${parse.p99.toFixed(2)} µs)`);
