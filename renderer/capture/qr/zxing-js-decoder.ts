// @zxing/library (zxing-js), kept available next to the default decoder. Only its core QR reader is
// used: the library's browser classes are deprecated and decode back-to-back on the main thread
// (scanners-and-camera.md, "Camera fallback").
import * as zxingModule from '@zxing/library';
import type { QrDecoder, RgbaFrame } from './rgba-frame';

// Bundlers load the package's ES build (named exports); Node, for the benchmark, loads its CommonJS
// build, whose names only appear on `default`. Read through Reflect: a plain `.default` makes Vite warn
// "will always be undefined" on every build of the ES side.
const zxing: typeof zxingModule =
  'QRCodeReader' in zxingModule ? zxingModule : (Reflect.get(zxingModule, 'default') as typeof zxingModule);
const {
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  NotFoundException,
  ChecksumException,
  FormatException,
  QRCodeReader,
  RGBLuminanceSource,
} = zxing;

export function createZxingJsDecoder(): QrDecoder {
  const reader = new QRCodeReader();
  // BHYT hex payloads are ASCII; CCCD QRs are plain UTF-8 without an ECI: say so instead of letting the
  // reader guess ISO-8859-1 (cards-and-qr.md §4, mojibake).
  const hints = new Map<zxingModule.DecodeHintType, unknown>([[DecodeHintType.CHARACTER_SET, 'UTF-8']]);
  const hardHints = new Map<zxingModule.DecodeHintType, unknown>([
    ...hints,
    [DecodeHintType.TRY_HARDER, true],
  ]);
  return {
    name: 'zxing-js',
    async decode(frame: RgbaFrame, hard: boolean) {
      const luma = luminance(frame);
      // A phone in dark mode shows a light-on-dark code: the hard pass also tries the inverted image.
      const sources = hard ? [luma, invert(luma)] : [luma];
      for (const l of sources) {
        try {
          const bitmap = new BinaryBitmap(
            new HybridBinarizer(new RGBLuminanceSource(l, frame.width, frame.height)),
          );
          return reader.decode(bitmap, hard ? hardHints : hints).getText();
        } catch (e) {
          if (!(
            e instanceof NotFoundException ||
            e instanceof ChecksumException ||
            e instanceof FormatException
          ))
            throw e;
        } finally {
          reader.reset();
        }
      }
      return null;
    },
  };
}

function luminance({ data, width, height }: RgbaFrame): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = (306 * data[p]! + 601 * data[p + 1]! + 117 * data[p + 2]! + 512) >> 10;
  }
  return out;
}

function invert(luma: Uint8ClampedArray): Uint8ClampedArray {
  const out = new Uint8ClampedArray(luma.length);
  for (let i = 0; i < luma.length; i++) out[i] = 255 - luma[i]!;
  return out;
}
