// A video frame as the decoders take it: RGBA bytes, the shape of ImageData (which Node lacks), so the
// same decoders run in the Web Worker and in the Node benchmark.
export interface RgbaFrame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The centred square a QR held up to the camera almost always sits in (and fewer pixels to search). */
export function centreSquare(
  width: number,
  height: number,
  fraction = 1,
): { x: number; y: number; side: number } {
  const side = Math.floor(Math.min(width, height) * fraction);
  return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), side };
}

/** Pure-JS crop for callers without a canvas (the benchmark); the worker crops with OffscreenCanvas. */
export function cropCentre(frame: RgbaFrame, fraction = 1): RgbaFrame {
  const { x, y, side } = centreSquare(frame.width, frame.height, fraction);
  const data = new Uint8ClampedArray(side * side * 4);
  for (let row = 0; row < side; row++) {
    const from = ((y + row) * frame.width + x) * 4;
    data.set(frame.data.subarray(from, from + side * 4), row * side * 4);
  }
  return { data, width: side, height: side };
}

export interface QrDecoder {
  readonly name: QrDecoderName;
  /** The decoded text, or null when no QR was found. `hard`: the slower fallback pass (every Nth frame). */
  decode(frame: RgbaFrame, hard: boolean): Promise<string | null>;
}

export type QrDecoderName = 'zxing-wasm' | 'zxing-js';
