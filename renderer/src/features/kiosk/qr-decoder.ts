import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

let prepared = false;

/**
 * ZXing-C++ (WebAssembly) reads QR codes from camera frames. Its .wasm ships with the app: the
 * library's default would fetch it from a CDN, which an offline kiosk cannot reach.
 */
export async function decodeQrFrame(frame: ImageData): Promise<string | null> {
  if (!prepared) {
    prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) }, fireImmediately: false });
    prepared = true;
  }
  const [found] = await readBarcodes(frame, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  return found?.isValid ? found.text : null;
}
