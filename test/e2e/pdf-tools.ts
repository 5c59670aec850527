import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A printed page as a cheap printer sees it: the PDF rasterized at 150 dpi (poppler's pdftoppm). */
export function rasterize(pdfPath: string, page = 1): PNG {
  const prefix = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/**
 * The QR code found on a rasterized page, decoded with jsQR (ZXing's JavaScript port misreads a few
 * percent of valid codes: checksum errors on perfect images).
 */
export function decodeQr(png: PNG): string {
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('No QR code could be read on the page.');
  return found.data;
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

/** A region of a rasterized page, in millimetres from its top-left corner (150 dpi as rasterize). */
export function cropMm(png: PNG, region: { x: number; y: number; width: number; height: number }, dpi = 150): PNG {
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  const x = px(region.x);
  const y = px(region.y);
  const width = Math.min(px(region.width), png.width - x);
  const height = Math.min(px(region.height), png.height - y);
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return out;
}
