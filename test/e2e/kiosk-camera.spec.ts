import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { writeQrVideo } from './fake-camera';
import { startKiosk } from './pages/kiosk-page';

// Chromium's fake camera plays a video of a referral card's QR code (its link carries MARCO10)
const video = join(tmpdir(), `kiosk-qr-${process.pid}.y4m`);
writeQrVideo(video, 'https://shop.example/r/MARCO10');
test.use({
  permissions: ['camera'],
  launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`] },
});

test('a referral card’s QR shown to the kiosk camera is read (ZXing) and judged', async ({ page }) => {
  await startKiosk(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Scan a QR code instead' }).click();
  await expect(page.getByRole('region', { name: 'Scan your QR code' }).getByRole('status')).toContainText('Hold your card');
  const verdict = page.getByRole('region', { name: 'Your code' });
  await expect(verdict.getByRole('status')).toHaveText('Your code works!', { timeout: 20_000 });
  await expect(verdict).toContainText('Referred by Marco');
});
