// Decodes camera frames off the main thread (scanners-and-camera.md, "Camera fallback"): the page sends
// an ImageBitmap (transferred, not copied), this worker crops the centre with an OffscreenCanvas and runs
// the chosen decoder. The .wasm is bundled as a same-origin asset (Vite `?url`), never fetched from a CDN.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { QrDecoder, QrDecoderName } from './rgba-frame';
import { centreSquare } from './rgba-frame';
import { createZxingJsDecoder } from './zxing-js-decoder';
import { createZxingWasmDecoder } from './zxing-wasm-decoder';

export type DecoderRequest =
  | { type: 'init'; decoder: QrDecoderName }
  | { type: 'decode'; frame: ImageBitmap; hard: boolean; cropFraction: number };
export type DecoderReply =
  | { type: 'ready'; decoder: QrDecoderName }
  | { type: 'result'; text: string | null; ms: number; hard: boolean }
  | { type: 'failed'; message: string };

let decoder: Promise<QrDecoder> | null = null;
let canvas: OffscreenCanvas | null = null;

const reply = (message: DecoderReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<DecoderRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'init') {
      decoder =
        request.decoder === 'zxing-js'
          ? Promise.resolve(createZxingJsDecoder())
          : createZxingWasmDecoder({ wasmUrl });
      reply({ type: 'ready', decoder: (await decoder).name });
      return;
    }
    const started = performance.now();
    const { frame } = request;
    const { x, y, side } = centreSquare(frame.width, frame.height, request.cropFraction);
    canvas ??= new OffscreenCanvas(side, side);
    if (canvas.width !== side) canvas.width = canvas.height = side;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(frame, x, y, side, side, 0, 0, side, side);
    frame.close();
    const image = ctx.getImageData(0, 0, side, side);
    const text = await (await decoder!).decode(image, request.hard);
    reply({ type: 'result', text, ms: performance.now() - started, hard: request.hard });
  } catch (e) {
    reply({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
