/**
 * What a receipt says, built from the sale: the order, the referral discount and its code, what
 * was paid and how, refunds, and Stripe's ids once the sale reached Stripe. Pure, so screen, print
 * and PDF show the same lines.
 */
import { displayCode } from './code-format';
import { describeReward } from './discount';
import { formatMoney } from './money';
import { amountDue } from './payment';
import type { Campaign, Lead, Redemption, ReferralCode, Refund } from './records';

export interface ReceiptLine {
  label: string;
  amount: string;
}

export interface Receipt {
  title: string;
  issuedAt: string;
  customer: string | null;
  lines: ReceiptLine[];
  total: ReceiptLine;
  payment: string;
  refunds: ReceiptLine[];
  references: ReceiptLine[];
  /** what the receipt's QR code carries: Stripe's pay page while unpaid, else the sale's reference */
  qrText: string;
}

export interface ReceiptSource {
  sale: Redemption;
  lead: Lead | undefined;
  code: ReferralCode | undefined;
  campaign: Campaign | undefined;
  refunds: Refund[];
}

export function buildReceipt({ sale, lead, code, campaign, refunds }: ReceiptSource, locale = 'en-US'): Receipt {
  const money = (amount: number) => formatMoney(amount, sale.currency, locale);
  const shownCode = code ? displayCode(code.code, code.kind) : sale.code;
  const offer = campaign ? ` (${describeReward(campaign.reward, campaign.currency, locale)})` : '';
  return {
    title: campaign?.name ?? 'Referral sale',
    issuedAt: new Date(sale.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    customer: lead?.name ?? null,
    lines: [
      { label: 'Order', amount: money(sale.orderAmount) },
      { label: `Referral discount, code ${shownCode}${offer}`, amount: `−${money(sale.discountAmount)}` },
    ],
    total: { label: 'Total', amount: money(amountDue(sale.orderAmount, sale.discountAmount)) },
    payment: paymentText(sale, money),
    refunds: refunds.map((r) => ({ label: `Refund (${r.tender === 'card' ? 'to card' : 'cash'}), ${new Date(r.createdAt).toLocaleDateString(locale)}`, amount: `−${money(r.amount)}` })),
    references: references(sale),
    qrText: sale.payment?.tender === 'pay_later' && sale.payment.paidAt === null && sale.hostedInvoiceUrl ? sale.hostedInvoiceUrl : `referral-pos:sale:${sale.id}`,
  };
}

function paymentText(sale: Redemption, money: (n: number) => string): string {
  const { payment } = sale;
  if (sale.status === 'voided') return 'Voided: not charged';
  if (!payment) return 'Awaiting payment';
  if (payment.tender === 'cash') return `Cash ${money(payment.cashTendered ?? payment.amountDue)}, change ${money(payment.changeDue ?? 0)}`;
  if (payment.tender === 'card') return payment.paidAt === null ? 'Card payment not completed' : `Card${payment.cardBrand ? ` (${payment.cardBrand})` : ''} ${money(payment.amountDue)}`;
  return payment.paidAt === null ? 'To pay later on Stripe’s pay page' : `Paid online ${money(payment.amountDue)}`;
}

function references(sale: Redemption): ReceiptLine[] {
  const refs: ReceiptLine[] = [{ label: 'Sale', amount: sale.id }];
  if (sale.stripeInvoiceId) refs.push({ label: 'Stripe invoice', amount: sale.stripeInvoiceId });
  if (sale.payment?.paymentIntentId) refs.push({ label: 'Stripe payment', amount: sale.payment.paymentIntentId });
  return refs;
}
