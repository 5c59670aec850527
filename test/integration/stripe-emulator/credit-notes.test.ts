import { describe, expect, it } from 'vitest';
import { stripeError, useEmulator } from './emulator-fixture';

describe('credit notes', () => {
  const t = useEmulator();

  async function paidInvoice(total: number) {
    const customer = await t.stripe.customers.create({ name: 'C' });
    const invoice = await t.stripe.invoices.create({ customer: customer.id, currency: 'usd', auto_advance: false });
    await t.stripe.invoiceItems.create({ customer: customer.id, invoice: invoice.id, amount: total, currency: 'usd' });
    await t.stripe.invoices.finalizeInvoice(invoice.id);
    return t.stripe.invoices.pay(invoice.id, { paid_out_of_band: true });
  }

  it('credits a paid invoice when the money goes back out of band, up to what is left', async () => {
    const invoice = await paidInvoice(4_000);
    const note = await t.stripe.creditNotes.create({ invoice: invoice.id, amount: 1_000, out_of_band_amount: 1_000 });
    expect(note).toMatchObject({ object: 'credit_note', amount: 1_000, type: 'post_payment', status: 'issued' });
    expect((await t.stripe.invoices.retrieve(invoice.id)).post_payment_credit_notes_amount).toBe(1_000);
    const tooMuch = await stripeError(t.stripe.creditNotes.create({ invoice: invoice.id, amount: 3_500, out_of_band_amount: 3_500 }));
    expect([tooMuch.statusCode, tooMuch.param]).toEqual([400, 'amount']);
    expect((await t.stripe.creditNotes.list({ invoice: invoice.id })).data).toHaveLength(1);
  });

  it('refuses a credit on a paid invoice that says nothing of how the money goes back', async () => {
    const invoice = await paidInvoice(2_000);
    const error = await stripeError(t.stripe.creditNotes.create({ invoice: invoice.id, amount: 500 }));
    expect(error.message).toContain('must equal the credit note amount');
  });
});
