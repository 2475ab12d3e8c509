// The decoders the camera worker uses, on synthetic phone-screen frames in Node. The side-by-side
// numbers (speed, hit rate) are in test/bench/decoders.bench.ts; these are the correctness checks.
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { cropCentre, type QrDecoder } from '../../renderer/capture/qr/rgba-frame';
import { nodeDecoders } from '../fixtures/scanners/decoders-node';
import { realisticBhytPayload, renderPhoneFrame } from '../fixtures/scanners/phone-frames';

let wasm: QrDecoder;
let js: QrDecoder;
beforeAll(async () => {
  [wasm, js] = (await nodeDecoders()) as [QrDecoder, QrDecoder];
});

const frame = (extra: object = {}, payload = realisticBhytPayload) =>
  cropCentre(
    renderPhoneFrame({ width: 1280, height: 720, payload, modulePx: 5, noise: 6, blur: 1, ...extra }),
  );

describe('QR decoders on phone-screen frames', () => {
  it('both read a BHYT QR held straight', async () => {
    expect(await wasm.decode(frame(), false)).toBe(realisticBhytPayload);
    expect(await js.decode(frame(), false)).toBe(realisticBhytPayload);
  });

  it('find nothing (null, no throw) on a frame without a code', async () => {
    expect(await wasm.decode(frame({ showCode: false }), true)).toBeNull();
    expect(await js.decode(frame({ showCode: false }), true)).toBeNull();
  });

  it('zxing-wasm reads a turned phone and, in its hard pass, a dark-mode screen', async () => {
    expect(await wasm.decode(frame({ rotationDeg: 30 }), false)).toBe(realisticBhytPayload);
    expect(await wasm.decode(frame({ dark: true }), false)).toBeNull();
    expect(await wasm.decode(frame({ dark: true }), true)).toBe(realisticBhytPayload);
  });

  it('decode a CCCD QR (plain UTF-8, no ECI) as UTF-8, not as mojibake', async () => {
    const cccd =
      '001085999901|012999901|Nguyễn Văn Giả|15051985|Nam|Số 1 Ngõ Mẫu, Phường Thử, Hà Nội|10042021';
    // The qrcode package writes the string's UTF-8 bytes in byte mode with no ECI, as the ID-card QR is.
    const modes = QRCode.create(cccd, { errorCorrectionLevel: 'M' }).segments.map((x) => x.mode.id);
    expect(modes).toContain('Byte');
    expect(modes).not.toContain('ECI');
    const f = frame({}, cccd);
    expect(await wasm.decode(f, false)).toBe(cccd);
    expect(await js.decode(f, false)).toBe(cccd);
  });
});
