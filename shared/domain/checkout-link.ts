/**
 * A payment link a phone rep sends to a caller: a Stripe Checkout Session for the order, carrying
 * the referrer's promotion code (a Payment Link cannot preset one). Written locally first and
 * created in Stripe through the outbox, so that a rep can send one offline.
 */

export interface CheckoutLink {
  /** UUID v7 */
  id: string;
  leadId: string;
  customerId: string;
  /** canonical referral code */
  code: string;
  campaignId: string;
  referrerId: string;
  /** ISO 4217, upper case: the campaign's */
  currency: string;
  orderAmount: number;
  /** the discount the local verdict expects; Stripe's own once the session exists */
  discountAmount: number;
  /** where Stripe sends the customer after paying; null: Stripe's own confirmation page */
  successUrl: string | null;
  /** the back link on Stripe's page; null: none */
  cancelUrl: string | null;
  /** once created in Stripe */
  stripeSessionId: string | null;
  url: string | null;
  /** epoch ms; Stripe's hosted page stops taking payment then */
  expiresAt: number | null;
  createdAt: number;
  deviceId: string;
}

export interface CheckoutPages {
  successUrl: string | null;
  cancelUrl: string | null;
}

/**
 * The shop's pages Stripe sends the customer to: the manager's settings, else the site of the
 * campaign's referral link (its origin), else none (Stripe shows its own confirmation and no back
 * link). Only http(s) addresses are used.
 */
export function checkoutPages(settings: Partial<CheckoutPages>, linkTemplate: string | null): CheckoutPages {
  const site = originOf(linkTemplate);
  return {
    successUrl: webAddress(settings.successUrl) ?? (site && `${site}/`),
    cancelUrl: webAddress(settings.cancelUrl) ?? site,
  };
}

/** A page address a manager typed: empty for none, else a complete http(s) address. */
export function readCheckoutPage(text: string, what: string): { ok: true; url: string | null } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, url: null };
  if (trimmed.length > 5000) return { ok: false, message: `The ${what} address is too long (at most 5000 characters).` };
  const url = webAddress(trimmed);
  return url ? { ok: true, url } : { ok: false, message: `“${trimmed.slice(0, 80)}” is not a web address: start it with https://` };
}

function webAddress(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function originOf(template: string | null): string | null {
  const url = webAddress(template?.replaceAll('{code}', 'CODE'));
  return url ? new URL(url).origin : null;
}

/** What a rep is told about a link, from the link and the state of its outbox entry. */
export type CheckoutLinkState =
  | { kind: 'ready'; url: string; expiresAt: number | null }
  | { kind: 'queued' }
  | { kind: 'refused'; message: string }
  | { kind: 'cancelled' };

export function checkoutLinkState(link: CheckoutLink, entry: { state: string; lastFailure: { message: string } | null } | undefined): CheckoutLinkState {
  if (link.url) return { kind: 'ready', url: link.url, expiresAt: link.expiresAt };
  if (entry?.state === 'conflict') return { kind: 'refused', message: entry.lastFailure?.message ?? 'Stripe refused the payment link.' };
  if (entry?.state === 'cancelled') return { kind: 'cancelled' };
  return { kind: 'queued' };
}

/** Stripe metadata of the session: how a payment found in Stripe leads back to the call. */
export function checkoutMetadata(link: CheckoutLink): Record<string, string> {
  return {
    checkout_link_id: link.id,
    lead_id: link.leadId,
    referral_code: link.code,
    referrer_id: link.referrerId,
    campaign_id: link.campaignId,
    device_id: link.deviceId,
    source: 'phone',
  };
}
