// Camera QR decoders side by side (issue #5; scanners-and-camera.md "Camera fallback"): zxing-wasm vs
// @zxing/library on the same synthetic phone-screen frames, single thread in Node, centre-cropped as the
// worker does. Per resolution: decode time per frame with a QR (median, p95), per frame without one
// (what every idle attempt costs), and hit rate for the normal pass and with the hard fallback pass
// (rotations, inversion, TRY_HARDER) the worker runs every 5th attempt. "640×480" and "1280×720" are the
// camera frames; what is decoded is their centre square (480×480, 720×720), as in the worker.
import { cropCentre, type QrDecoder, type RgbaFrame } from '../../renderer/capture/qr/rgba-frame';
import { nodeDecoders } from '../fixtures/scanners/decoders-node';
import { realisticBhytPayload, renderPhoneFrame, testFrameSpecs } from '../fixtures/scanners/phone-frames';
import { report, summarize } from './stats';

const ROUNDS = 5;

async function timeDecode(
  decoder: QrDecoder,
  frame: RgbaFrame,
  hard: boolean,
): Promise<[number, string | null]> {
  const t0 = process.hrtime.bigint();
  const text = await decoder.decode(frame, hard);
  return [Number(process.hrtime.bigint() - t0) / 1e6, text];
}

const decoders = await nodeDecoders();
for (const [width, height] of [
  [640, 480],
  [1280, 720],
] as const) {
  const specs = testFrameSpecs(width, height);
  const frames = specs.map((s) => ({ label: s.label, frame: cropCentre(renderPhoneFrame(s)) }));
  const empty = [1, 2, 3].map((seed) =>
    cropCentre(renderPhoneFrame({ ...specs[0]!, showCode: false, noise: 8, seed })),
  );
  console.log(
    `\n${width}×${height}: ${frames.length} frames with a ${realisticBhytPayload.length}-char BHYT QR (${[...new Set(specs.map((s) => s.label))].join(', ')})`,
  );
  for (const decoder of decoders) {
    for (const f of frames.slice(0, 3)) await decoder.decode(f.frame, false); // warm-up (JIT, wasm tiers)
    const withQr: number[] = [];
    const withoutQr: number[] = [];
    const hardTimes: number[] = [];
    let hits = 0;
    let hitsWithFallback = 0;
    const misses = new Set<string>();
    for (const { label, frame } of frames) {
      let ok = false;
      for (let r = 0; r < ROUNDS; r++) {
        const [ms, text] = await timeDecode(decoder, frame, false);
        withQr.push(ms);
        ok = text === realisticBhytPayload;
      }
      const [hardMs, hardText] = await timeDecode(decoder, frame, true);
      hardTimes.push(hardMs);
      if (ok) hits++;
      if (ok || hardText === realisticBhytPayload) hitsWithFallback++;
      else misses.add(label);
    }
    for (const frame of empty)
      for (let r = 0; r < ROUNDS; r++) withoutQr.push((await timeDecode(decoder, frame, false))[0]);
    const rate = (n: number) => `${((100 * n) / frames.length).toFixed(0)}%`;
    report(
      `${decoder.name} ${width}×${height} frame with QR`,
      summarize(withQr),
      'ms',
      `hit ${rate(hits)} (${hits}/${frames.length})`,
    );
    report(
      `${decoder.name} ${width}×${height} hard pass`,
      summarize(hardTimes),
      'ms',
      `with fallback hit ${rate(hitsWithFallback)}${misses.size ? `; missed: ${[...misses].join(', ')}` : ''}`,
    );
    report(`${decoder.name} ${width}×${height} frame without QR`, summarize(withoutQr), 'ms');
  }
}
