import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const MODULE_PX = 10;
const QUIET_MODULES = 4;

/**
 * A video file for Chromium's fake camera (--use-file-for-fake-video-capture): a QR code of
 * `text`, black on white, in Y4M (YUV 4:2:0, full range), a few identical frames that Chromium loops.
 */
export function writeQrVideo(path: string, text: string, frames = 5): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * QUIET_MODULES) * MODULE_PX;
  if (side > HEIGHT) throw new Error(`QR of ${text.length} characters is too big for the fake camera`);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  const left = (WIDTH - side) / 2 + QUIET_MODULES * MODULE_PX;
  const top = (HEIGHT - side) / 2 + QUIET_MODULES * MODULE_PX;
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < MODULE_PX; y++) luma.fill(0, (top + row * MODULE_PX + y) * WIDTH + left + col * MODULE_PX, (top + row * MODULE_PX + y) * WIDTH + left + (col + 1) * MODULE_PX);
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
