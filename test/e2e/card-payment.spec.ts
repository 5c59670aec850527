import { expect, test, type Locator, type Page } from '@playwright/test';
import type Stripe from 'stripe';
import { read, stripe } from './sandbox-stripe';
import { CounterPage } from './pages/counter-page';

/** The sandbox's simulated reader, connected from the counter's Card reader panel. */
async function connectReader(page: Page): Promise<Locator> {
  const panel = page.getByRole('region', { name: 'Card reader' });
  await panel.getByRole('button', { name: 'Find card readers' }).click();
  await panel.getByRole('button', { name: 'Connect Simulated WisePOS E' }).click();
  await expect(panel.getByRole('status', { name: 'Reader state' })).toHaveText('Simulated WisePOS E is ready.');
  return panel;
}

/** Plays the customer: the developer panel presents this test card to the waiting reader. */
async function presentCard(page: Page, card: string): Promise<void> {
  const simulator = page.getByRole('region', { name: 'Simulated card reader' });
  await simulator.getByRole('combobox', { name: 'Test card' }).selectOption({ label: card });
  await simulator.getByRole('button', { name: 'Present card' }).click();
}

/**
 * Clicks Card until the reader waits for the card: the sandbox's Stripe allows 25 requests a second
 * for every test running, and a busy Stripe is told to the cashier, who tries again.
 */
async function startCard(page: Page, first: 'Card' | 'Try another card' | 'Try the card again' = 'Card'): Promise<void> {
  const payment = page.getByRole('region', { name: 'Payment' });
  const button = payment.getByRole('button', { name: first, exact: true });
  await expect(button).toBeEnabled({ timeout: 45_000 });
  await button.click();
  const waiting = payment.getByRole('status', { name: 'Cashier instruction' }).filter({ hasText: 'Ask the customer to tap or insert the card.' });
  const busy = payment.getByRole('alert').filter({ hasText: 'Stripe is busy right now' });
  for (let attempt = 0; attempt < 10; attempt++) {
    await expect(waiting.or(busy)).toBeVisible({ timeout: 30_000 });
    if (await waiting.isVisible()) return;
    await payment.getByRole('button', { name: 'Try the card again' }).click();
  }
  await expect(waiting).toBeVisible();
}

/**
 * Presents the card until Stripe answers for it: when the shared sandbox is too busy to answer
 * (its 25 requests a second), the till says the payment did not go through, and the cashier tries again.
 */
async function presentCardAnswered(page: Page, card: string): Promise<void> {
  const payment = page.getByRole('region', { name: 'Payment' });
  const unanswered = payment.getByRole('alert').filter({ hasText: 'The card payment did not go through. Try again.' });
  const settled = payment.getByRole('status', { name: 'Payment result' }).or(payment.getByRole('region', { name: 'Card payment' }).getByRole('alert'));
  for (let attempt = 0; attempt < 5; attempt++) {
    await presentCard(page, card);
    await expect(settled).toBeVisible({ timeout: 30_000 });
    if (!(await unanswered.isVisible())) return;
    await startCard(page, 'Try the card again');
  }
}

async function intentsOfSale(page: Page, customer: string): Promise<Stripe.PaymentIntent[]> {
  const payment = page.getByRole('region', { name: 'Payment' });
  await payment.getByRole('link', { name: 'Receipt' }).click();
  const invoiceId = (await page.getByRole('main', { name: 'Receipt' }).getByText(/in_\w+/).innerText()).match(/in_\w+/)![0];
  expect(invoiceId, customer).toMatch(/^in_/);
  return (await read(() => stripe.paymentIntents.list({ limit: 100 }))).data.filter((pi) => pi.metadata['invoice_id'] === invoiceId);
}


test.describe('taking a card on the counter’s reader', () => {
  test('the cashier connects the reader, the customer taps an approved card, and the sale is paid in Stripe', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await connectReader(page);
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '45.00', name: 'Card Cora', email: `card-${Date.now()}@example.com` });
    const payment = page.getByRole('region', { name: 'Payment' });
    await startCard(page);
    await presentCardAnswered(page, 'Visa (approved)');
    await expect(payment.getByRole('status', { name: 'Payment result' })).toHaveText('Paid by card (visa): $40.50.');
    await expect(payment.getByLabel('Lead status')).toContainText('Qualified');
    await expect(counter.recent.getByRole('row', { name: /Card Cora/ })).toContainText('Paid');
    await counter.waitUntilSynced();
    const intents = await intentsOfSale(page, 'Card Cora');
    expect(intents.map((pi) => [pi.status, pi.amount])).toEqual([['succeeded', 4_050]]);

    // a partial refund goes back to the card through Stripe, and the lead stays qualified
    await page.goBack();
    const refund = payment.getByRole('form', { name: 'Refund' });
    await refund.getByRole('textbox', { name: /Refund amount/ }).fill('10');
    await refund.getByRole('button', { name: 'Refund' }).click();
    await expect(payment.getByRole('status', { name: 'Payment result' })).toHaveText('Paid by card (visa): $40.50. Refunded $10.00.');
    await expect(payment.getByLabel('Lead status')).toContainText('Qualified');
    const refunds = await read(() => stripe.refunds.list({ payment_intent: intents[0]!.id }));
    expect(refunds.data.map((r) => r.amount)).toEqual([1_000]);
  });

  test('a declined card says why in words to repeat, leaves the sale unpaid, and the next card is charged once', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await connectReader(page);
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '30', name: 'Declined Dee', email: `declined-${Date.now()}@example.com` });
    const payment = page.getByRole('region', { name: 'Payment' });
    await startCard(page);
    await presentCardAnswered(page, 'Declined: insufficient funds');
    const cardPayment = payment.getByRole('region', { name: 'Card payment' });
    await expect(cardPayment.getByRole('alert')).toContainText('The sale is not paid.');
    await expect(cardPayment.getByRole('alert')).toContainText(/funds/i);
    await expect(counter.recent.getByRole('row', { name: /Declined Dee/ })).toContainText('Awaiting payment');
    await expect(payment.getByLabel('Lead status')).not.toContainText('Qualified');

    await startCard(page, 'Try another card');
    await presentCardAnswered(page, 'Mastercard (approved)');
    await expect(payment.getByRole('status', { name: 'Payment result' })).toHaveText('Paid by card (mastercard): $27.00.');
    await counter.waitUntilSynced();
    const intents = await intentsOfSale(page, 'Declined Dee');
    expect(intents.map((pi) => pi.status)).toEqual(['succeeded']);
  });

  test('cancel and a reader that drops off mid-payment never record the sale as paid; cash still can', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const panel = await connectReader(page);
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '20', name: 'Dropped Dan', email: `dropped-${Date.now()}@example.com` });
    const payment = page.getByRole('region', { name: 'Payment' });
    await startCard(page);
    const cardPayment = payment.getByRole('region', { name: 'Card payment' });
    await expect(payment.getByRole('button', { name: 'Cash' })).toBeDisabled();
    await cardPayment.getByRole('button', { name: 'Cancel card payment' }).click();
    await expect(cardPayment.getByRole('alert')).toHaveText('The card payment was canceled. Start it again when the customer is ready. The sale is not paid.');

    await startCard(page, 'Try the card again');
    await page.getByRole('region', { name: 'Simulated card reader' }).getByRole('button', { name: 'Simulate disconnect' }).click();
    await expect(cardPayment.getByRole('alert')).toHaveText('The card reader disconnected. Reconnect it, then try again. The sale is not paid.');
    await expect(panel.getByRole('status', { name: 'Reader state' })).toHaveText('The card reader lost its connection.');
    await expect(payment.getByRole('button', { name: 'Card', exact: true })).toHaveAccessibleDescription(/No card reader is connected/);
    await expect(counter.recent.getByRole('row', { name: /Dropped Dan/ })).toContainText('Awaiting payment');

    await payment.getByRole('button', { name: 'Cash' }).click();
    await payment.getByRole('textbox', { name: /Cash received/ }).fill('20');
    await payment.getByRole('button', { name: 'Confirm cash payment' }).click();
    await expect(payment.getByRole('status', { name: 'Payment result' })).toHaveText('Paid in cash: $20.00 received, change $2.00.');
    await counter.waitUntilSynced();
    const intents = await intentsOfSale(page, 'Dropped Dan');
    expect(intents.every((pi) => pi.status !== 'succeeded')).toBe(true);
  });

  test('the reader connected last is connected again when the till starts', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const panel = await connectReader(page);
    await page.reload();
    await expect(panel.getByRole('status', { name: 'Reader state' })).toHaveText('Simulated WisePOS E is ready.');
    await panel.getByRole('button', { name: 'Disconnect reader' }).click();
    await page.reload();
    await expect(panel.getByRole('status', { name: 'Reader state' })).toHaveText('No card reader connected.');
  });
});
