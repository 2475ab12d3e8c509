// zxing-wasm (zxing-cpp compiled to WebAssembly), the reader-only build. Its .wasm must come from our
// own origin: by default the package fetches it from a CDN, which a hospital LAN may block and our CSP
// forbids — the caller passes `wasmUrl` (browser: Vite's `?url` asset) or `wasmBinary` (Node).
import type { ReaderOptions } from 'zxing-wasm/reader';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { QrDecoder, RgbaFrame } from './rgba-frame';

export type ZxingWasmSource = { wasmUrl: string } | { wasmBinary: ArrayBuffer };

const base: ReaderOptions = {
  formats: ['QRCode'],
  maxNumberOfSymbols: 1,
  // CCCD QRs are UTF-8 without an ECI; do not let the reader guess another charset (cards-and-qr.md §4).
  characterSet: 'UTF8',
  textMode: 'Plain',
  tryHarder: false,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: true,
};
// The hard pass: every orientation and dark mode (light-on-dark), as the doc suggests for phone screens.
const hard: ReaderOptions = { ...base, tryHarder: true, tryRotate: true, tryInvert: true };

export async function createZxingWasmDecoder(source: ZxingWasmSource): Promise<QrDecoder> {
  await prepareZXingModule({
    overrides:
      'wasmUrl' in source
        ? {
            locateFile: (path: string, prefix: string) =>
              path.endsWith('.wasm') ? source.wasmUrl : prefix + path,
          }
        : { wasmBinary: source.wasmBinary },
    fireImmediately: true,
  });
  return {
    name: 'zxing-wasm',
    async decode(frame: RgbaFrame, tryHard: boolean) {
      const [first] = await readBarcodes(frame as ImageData, tryHard ? hard : base);
      return first?.isValid ? first.text : null;
    },
  };
}
