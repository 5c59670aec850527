import type Stripe from 'stripe';
import type { EmulatorState } from './context';
import { applyExpand } from './expand';
import { couponValid, promotionCodeActive } from './redemption-rules';
import type { Kind, Records } from './store';

/**
 * Objects as a response shows them: a copy, with the fields Stripe derives at read time
 * (`coupon.valid`, `promotion_code.active`), includable fields when asked for, and expansions.
 */
export function present<K extends Kind>(state: EmulatorState, kind: K, value: Records[K], expand: readonly string[] = []): Records[K] {
  const copy = derive(state, kind, structuredClone(value));
  include(state, kind, copy, expand);
  applyExpand(copy, expand, (id) => presentById(state, id));
  return copy;
}

export function presentList<K extends Kind>(state: EmulatorState, kind: K, list: Stripe.ApiList<Records[K]>, expand: readonly string[] = []): Stripe.ApiList<Records[K]> {
  const nested = expand.filter((path) => path.startsWith('data.')).map((path) => path.slice('data.'.length));
  return { ...list, data: list.data.map((item) => present(state, kind, item, nested)) };
}

function presentById(state: EmulatorState, id: string): unknown {
  const found = state.store.find(id);
  return found ? present(state, found.kind, found.value as Records[typeof found.kind]) : undefined;
}

function derive<K extends Kind>(state: EmulatorState, kind: K, value: Records[K]): Records[K] {
  if (kind === 'coupon') {
    const coupon = value as Stripe.Coupon;
    coupon.valid = couponValid(state, coupon);
  } else if (kind === 'promotion_code') {
    const code = value as Stripe.PromotionCode;
    code.active = promotionCodeActive(state, code);
  }
  return value;
}

/** Fields Stripe returns only on request (`expand[]=payments`, `expand[]=line_items`). */
function include<K extends Kind>(state: EmulatorState, kind: K, value: Records[K], expand: readonly string[]): void {
  const wants = (field: string) => expand.some((path) => path === field || path.startsWith(`${field}.`));
  if (kind === 'invoice' && wants('payments')) {
    const invoice = value as Stripe.Invoice;
    const data = state.store.table('invoice_payment').all().filter((p) => p.invoice === invoice.id);
    invoice.payments = { object: 'list', data: structuredClone(data), has_more: false, url: `/v1/invoice_payments?invoice=${invoice.id}` };
  }
  if ((kind === 'checkout.session' || kind === 'payment_link') && wants('line_items')) {
    const owner = value as Stripe.Checkout.Session | Stripe.PaymentLink;
    const base = kind === 'checkout.session' ? '/v1/checkout/sessions' : '/v1/payment_links';
    const data = structuredClone(state.store.lineItems.get(owner.id) ?? []);
    owner.line_items = { object: 'list', data, has_more: false, url: `${base}/${owner.id}/line_items` };
  }
}
