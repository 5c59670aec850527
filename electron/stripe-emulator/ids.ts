import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function randomString(length: number, alphabet = ALPHABET): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** Ids shaped like Stripe's: a type prefix and a random tail (`cus_` has 14 characters, most others 24). */
export function newId(prefix: string, length = 24): string {
  return `${prefix}_${randomString(length)}`;
}

export const ids = {
  request: () => newId('req', 14),
  customer: () => newId('cus', 14),
  coupon: () => randomString(8, UPPER),
  promotionCode: () => newId('promo'),
  generatedCode: () => randomString(8, UPPER),
  invoice: () => newId('in'),
  invoiceItem: () => newId('ii'),
  lineItem: () => newId('il'),
  discount: () => newId('di'),
  invoicePayment: () => newId('inpay'),
  paymentIntent: () => newId('pi'),
  charge: () => newId('ch'),
  refund: () => newId('re'),
  creditNote: () => newId('cn'),
  event: () => newId('evt'),
  location: () => newId('tml'),
  connectionTokenSecret: () => `pst_test_${randomString(24)}`,
  checkoutSession: () => `cs_test_${randomString(58)}`,
  checkoutLineItem: () => newId('li'),
  paymentLink: () => newId('plink'),
  invoicePrefix: () => randomString(8, '0123456789ABCDEF'),
};
