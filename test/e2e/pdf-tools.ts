import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { PNG } from 'pngjs';

/** A printed page as a cheap printer sees it: the PDF rasterized at 150 dpi (poppler's pdftoppm). */
export function rasterize(pdfPath: string, page = 1): PNG {
  const prefix = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** The QR code found on a rasterized page, decoded with ZXing. */
export function decodeQr(png: PNG): string {
  const luminance = new Uint8ClampedArray(png.width * png.height);
  for (let i = 0; i < luminance.length; i++) {
    luminance[i] = Math.round(0.299 * png.data[i * 4]! + 0.587 * png.data[i * 4 + 1]! + 0.114 * png.data[i * 4 + 2]!);
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, png.width, png.height)));
  return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.TRY_HARDER, true]])).getText();
}

/** The text of a PDF, as poppler extracts it (layout kept). */
export function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
}

/** Page width and height in points. */
export function pdfPageSize(pdfPath: string): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page size for ${pdfPath}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}
