import { expect, test } from '@playwright/test';
import { CounterPage } from './pages/counter-page';
import { decodeQr, pdfPageSize, pdfText, rasterize } from './pdf-tools';

const MM = 72 / 25.4;

test('prints a receipt on an 80 mm roll and on A4 that a cheap printer renders legibly', async ({ page }, info) => {
  const counter = new CounterPage(page);
  await counter.open();
  await counter.recordSale({ referrer: 'Dana Whitfield', amount: '45.00', name: 'Receipt Rosa', email: `receipt-${Date.now()}@example.com` });
  const payment = page.getByRole('region', { name: 'Payment' });
  await payment.getByRole('button', { name: 'Cash' }).click();
  await payment.getByRole('textbox', { name: /Cash received/ }).fill('50');
  await payment.getByRole('button', { name: 'Confirm cash payment' }).click();
  await payment.getByRole('link', { name: 'Receipt' }).click();

  const receipt = page.getByRole('main', { name: 'Receipt' });
  await expect(receipt).toContainText('Cash $50.00, change $9.50');
  const qrImage = receipt.getByRole('img', { name: /^QR code: referral-pos:sale:/ });
  await expect(qrImage).toBeVisible();
  const expectedQr = (await qrImage.getAttribute('alt'))!.replace('QR code: ', '');

  for (const paper of ['80mm', 'a4'] as const) {
    await receipt.getByRole('link', { name: paper === '80mm' ? '80 mm roll' : 'A4' }).click();
    await expect(qrImage).toBeVisible();
    const pdfPath = info.outputPath(`receipt-${paper}.pdf`);
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const size = pdfPageSize(pdfPath);
    expect(Math.round(size.width / MM)).toBe(paper === '80mm' ? 80 : 210);
    const text = pdfText(pdfPath);
    for (const expected of ['Receipt Rosa', '$45.00', '−$4.50', '$40.50', 'Cash $50.00, change $9.50', 'Referral discount, code']) expect(text).toContain(expected);
    expect(text).not.toContain('Print receipt');
    expect(decodeQr(rasterize(pdfPath))).toBe(expectedQr);
  }
});
