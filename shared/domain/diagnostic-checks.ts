/**
 * The checklist items the diagnostics share: each reads the real state it is given and says pass,
 * fail or unknown, what it saw, and how to fix a failure. Labels follow the article's
 * troubleshooting wording.
 */
import { displayCode } from './code-format';
import type { Campaign, Conflict, OutboxEntry, ReferralCode } from './records';

export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface FixLink {
  href: '#/settings' | '#/sync' | '#/campaigns' | '#/';
  label: string;
}

export interface Fix {
  text: string;
  link: FixLink | null;
}

export type CheckId =
  | 'stripe_connected'
  | 'qualify_on_use'
  | 'code_of_campaign'
  | 'code_rules_at_use'
  | 'sale_paid'
  | 'sale_in_stripe'
  | 'code_active'
  | 'code_rules_now'
  | 'code_in_stripe'
  | 'referrer_active'
  | 'generate_on_add'
  | 'code_generated';

export interface CheckItem {
  id: CheckId;
  label: string;
  status: CheckStatus;
  /** what was found, in a manager's words; Stripe's own message verbatim where it refused */
  detail: string;
  /** null when the item passes or nothing can be done about it */
  fix: Fix | null;
}

export const LINK = {
  settings: { href: '#/settings', label: 'Settings' },
  sync: { href: '#/sync', label: 'Sync status' },
  campaigns: { href: '#/campaigns', label: 'Campaigns' },
  counter: { href: '#/', label: 'Counter' },
} as const satisfies Record<string, FixLink>;

/** What `app:getInfo` says of Stripe; null when the background service did not answer. */
export type StripeConnection = { mode: 'sandbox' | 'test' | 'live'; connected: boolean } | null;

/** The outbox entries and conflicts that concern the records being diagnosed. */
export interface SyncTrail {
  entries: readonly OutboxEntry[];
  conflicts: readonly Conflict[];
}

export function pass(id: CheckId, label: string, detail: string): CheckItem {
  return { id, label, status: 'pass', detail, fix: null };
}

export function fail(id: CheckId, label: string, detail: string, fix: Fix | null): CheckItem {
  return { id, label, status: 'fail', detail, fix };
}

export function unknown(id: CheckId, label: string, detail: string, fix: Fix | null = null): CheckItem {
  return { id, label, status: 'unknown', detail, fix };
}

export function stripeConnectedCheck(stripe: StripeConnection): CheckItem {
  const label = 'Stripe is still connected.';
  if (stripe === null) return unknown('stripe_connected', label, 'The background service did not answer, so the Stripe connection could not be checked.', { text: 'Restart the app, then open this check again.', link: null });
  if (stripe.connected) return pass('stripe_connected', label, `Connected to Stripe in ${stripe.mode} mode.`);
  const detail = stripe.mode === 'sandbox'
    ? 'This device runs in the sandbox: a bundled stand-in plays Stripe, so no real Stripe account sees the redemption.'
    : 'No Stripe account is connected.';
  return fail('stripe_connected', label, detail, { text: 'Connect your Stripe account under Settings; Stripe must stay connected for checkout redemption and tracking to work.', link: LINK.settings });
}

export function qualifyOnUseCheck(campaign: Campaign | undefined): CheckItem {
  const label = 'Qualify when referral code is used is enabled.';
  if (!campaign) return unknown('qualify_on_use', label, 'The campaign is not on this device.');
  if (campaign.qualifyWhenCodeUsed) return pass('qualify_on_use', label, `“${campaign.name}” qualifies a lead as soon as the sale with the code is paid.`);
  return fail('qualify_on_use', label, `“${campaign.name}” does not qualify leads when a code is used: each paid lead waits for a manager.`, {
    text: `Turn on “Qualify when referral code is used” in the settings of “${campaign.name}” under Campaigns.`,
    link: LINK.campaigns,
  });
}

function unresolved(conflicts: readonly Conflict[], recordId: string): Conflict | undefined {
  return conflicts.find((c) => c.recordId === recordId && c.resolution === null);
}

/** Stripe's words when it refused, else what the app itself reported. */
export function refusalText(conflict: Conflict): string {
  const stripe = conflict.failure.stripe;
  return stripe ? `“${stripe.message}” (${stripe.code ?? stripe.type})` : `“${conflict.failure.message}”`;
}

export const SYNC_FIX: Fix = { text: 'Open Sync status: bring the device online and press Sync now.', link: LINK.sync };

/** Did the code become a promotion code in Stripe ("generation failed", "sync pending")? */
export function codeInStripeCheck(code: ReferralCode, trail: SyncTrail): CheckItem {
  const label = 'The referral code reached Stripe as a promotion code.';
  const shown = displayCode(code.code, code.kind);
  if (code.stripePromotionCodeId) return pass('code_in_stripe', label, `${shown} is promotion code ${code.stripePromotionCodeId} in Stripe.`);
  const conflict = unresolved(trail.conflicts, code.code);
  if (conflict) {
    return fail('code_in_stripe', label, `Generation failed: Stripe refused ${shown}: ${refusalText(conflict)}.`, {
      text: 'Open Sync status to read Stripe’s reason and send the code again once it is fixed.',
      link: LINK.sync,
    });
  }
  if (code.syncEntryId === null) {
    return fail('code_in_stripe', label, `${shown} is kept on this device only and is never sent to Stripe.`, {
      text: 'Give the referrer a new code: go to Referrers and click Generate in the Referral Code column for that referrer.',
      link: null,
    });
  }
  const entry = trail.entries.find((e) => e.id === code.syncEntryId);
  if (entry?.state === 'pending') {
    const last = entry.lastFailure ? ` The last attempt failed: “${entry.lastFailure.stripe?.message ?? entry.lastFailure.message}”.` : '';
    return fail('code_in_stripe', label, `Sync pending: ${shown} waits to be created in Stripe.${last}`, SYNC_FIX);
  }
  if (entry?.state === 'cancelled') return fail('code_in_stripe', label, `Sending ${shown} to Stripe was cancelled.`, null);
  return unknown('code_in_stripe', label, `No record on this device says whether ${shown} reached Stripe.`, SYNC_FIX);
}

export function unresolvedConflict(trail: SyncTrail, recordId: string): Conflict | undefined {
  return unresolved(trail.conflicts, recordId);
}
