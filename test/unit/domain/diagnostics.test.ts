import { describe, expect, it } from 'vitest';
import { diagnoseCode, diagnoseLead, diagnoseReferrer, type CheckItem, type LeadSnapshot } from '../../../shared/domain/diagnostics';
import { campaign, referralCode, TEST_NOW } from '../../fixtures/domain-builders';
import { conflict, lead, outboxEntry, redemption, referrer, stripeRefusal } from '../../fixtures/record-builders';

const DAY = 86_400_000;
const LIVE = { mode: 'live', connected: true } as const;
const summer = campaign();
const winter = campaign({ id: 'campaign-winter', name: 'Winter Friends' });
const code = referralCode({ timesRedeemed: 1, stripePromotionCodeId: 'promo_1', rules: { maxRedemptions: 5, expiresAt: TEST_NOW + 30 * DAY, minimumOrder: 2000, firstTimeOnly: true } });
const sale = redemption({ stripeInvoiceId: 'in_1' });

/** A lead whose sale was recorded, paid and sent to Stripe: every item passes. */
function snapshot(overrides: Partial<LeadSnapshot> = {}): LeadSnapshot {
  return {
    stripe: LIVE,
    lead: lead({ status: 'qualified' }),
    campaign: summer,
    code,
    codeCampaign: summer,
    codeRedemptions: [sale],
    customerRedemptions: [sale],
    sync: { entries: [outboxEntry({ state: 'done' })], conflicts: [] },
    ...overrides,
  };
}

function item(items: CheckItem[], id: CheckItem['id']): CheckItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('why was this lead not qualified', () => {
  it('passes every item of the article’s checklist for a paid sale in Stripe', () => {
    const items = diagnoseLead(snapshot());
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['stripe_connected', 'pass'],
      ['qualify_on_use', 'pass'],
      ['code_of_campaign', 'pass'],
      ['code_rules_at_use', 'pass'],
      ['sale_paid', 'pass'],
      ['sale_in_stripe', 'pass'],
    ]);
    expect(items.every((i) => i.fix === null)).toBe(true);
    expect(items[0]!.label).toBe('Stripe is still connected.');
    expect(items[1]!.label).toBe('Qualify when referral code is used is enabled.');
  });

  it('fails “Stripe is still connected” in the sandbox, with the way to Settings', () => {
    const check = item(diagnoseLead(snapshot({ stripe: { mode: 'sandbox', connected: false } })), 'stripe_connected');
    expect(check.status).toBe('fail');
    expect(check.detail).toContain('sandbox');
    expect(check.fix).toEqual({ text: expect.stringContaining('Connect your Stripe account under Settings'), link: { href: '#/settings', label: 'Settings' } });
    expect(item(diagnoseLead(snapshot({ stripe: null })), 'stripe_connected').status).toBe('unknown');
  });

  it('fails when the campaign does not qualify on use, pointing to Campaigns', () => {
    const check = item(diagnoseLead(snapshot({ campaign: campaign({ qualifyWhenCodeUsed: false }) })), 'qualify_on_use');
    expect(check).toMatchObject({ status: 'fail', fix: { link: { href: '#/campaigns' } } });
    expect(check.fix?.text).toContain('Turn on “Qualify when referral code is used”');
  });

  it('fails for a code of another campaign, and for a code this device does not know', () => {
    const other = item(diagnoseLead(snapshot({ code: { ...code, campaignId: winter.id }, codeCampaign: winter })), 'code_of_campaign');
    expect(other).toMatchObject({ status: 'fail', detail: 'DANA-7K3Q-9 belongs to “Winter Friends”, not to “Summer Referrals”.' });
    expect(other.fix?.text).toContain('You must be working inside the correct campaign');
    const missing = item(diagnoseLead(snapshot({ code: undefined, codeCampaign: undefined })), 'code_of_campaign');
    expect(missing).toMatchObject({ status: 'fail', detail: 'DANA7K3Q9 is not a referral code generated for any campaign on this device.' });
  });

  it('fails a code used after it expired, judged at the time of use', () => {
    const expiredThen = { ...code, rules: { ...code.rules, expiresAt: TEST_NOW - DAY } };
    const check = item(diagnoseLead(snapshot({ code: expiredThen })), 'code_rules_at_use');
    expect(check.status).toBe('fail');
    expect(check.detail).toMatch(/^At the time of the sale: Expired on /);
    expect(check.fix?.link?.href).toBe('#/campaigns');
    // the same expiry after the sale is no fault of this sale
    const expiredSince = { ...code, rules: { ...code.rules, expiresAt: TEST_NOW + 1 } };
    expect(item(diagnoseLead(snapshot({ code: expiredSince })), 'code_rules_at_use').status).toBe('pass');
  });

  it('fails a use beyond the limit at the time, not counting uses made after it', () => {
    const earlier = [1, 2, 3, 4, 5].map((i) => redemption({ id: `earlier-${i}`, leadId: `l${i}`, customerId: `c${i}`, createdAt: TEST_NOW - i * DAY }));
    const full = { ...code, timesRedeemed: 6, rules: { ...code.rules, maxRedemptions: 5 } };
    const check = item(diagnoseLead(snapshot({ code: full, codeRedemptions: [...earlier, sale] })), 'code_rules_at_use');
    expect(check).toMatchObject({ status: 'fail', detail: 'At the time of the sale: The code had already been used 5 of 5 times.' });
    // five uses of which four came after this sale: there was room when it was made
    const later = earlier.map((r, i) => ({ ...r, createdAt: TEST_NOW + (i + 1) * DAY }));
    const room = { ...code, timesRedeemed: 6, rules: { ...code.rules, maxRedemptions: 5 } };
    const laterCheck = item(diagnoseLead(snapshot({ code: room, codeRedemptions: [...later.slice(0, 4), earlier[0]!, sale] })), 'code_rules_at_use');
    expect(laterCheck.status).toBe('pass');
  });

  it('fails an order below the minimum and a returning customer on a first-order code', () => {
    const small = { ...sale, orderAmount: 1500 };
    expect(item(diagnoseLead(snapshot({ codeRedemptions: [small] })), 'code_rules_at_use').detail).toBe('At the time of the sale: Order is below the minimum of $20.00.');
    const before = redemption({ id: 'old-sale', code: 'OTHER', createdAt: TEST_NOW - DAY });
    expect(item(diagnoseLead(snapshot({ customerRedemptions: [before, sale] })), 'code_rules_at_use').detail).toBe(
      'At the time of the sale: Not a first-time customer: this code is for first orders only.',
    );
  });

  it('fails a lead whose sale is still unpaid, with the way to the counter', () => {
    const unpaid = { ...sale, status: 'awaiting_payment' as const, stripeInvoiceId: null };
    const items = diagnoseLead(snapshot({ lead: lead(), codeRedemptions: [unpaid], customerRedemptions: [unpaid], sync: { entries: [outboxEntry()], conflicts: [] } }));
    expect(item(items, 'sale_paid')).toMatchObject({ status: 'fail', fix: { link: { href: '#/' } } });
    expect(item(items, 'sale_in_stripe')).toMatchObject({ status: 'fail', detail: 'Sync pending: the sale waits to be sent to Stripe (0 attempts so far).', fix: { link: { href: '#/sync' } } });
  });

  it('fails a lead whose sale was refunded in full or voided: the qualification was taken back', () => {
    for (const status of ['refunded', 'voided'] as const) {
      const undone = { ...sale, status };
      expect(item(diagnoseLead(snapshot({ codeRedemptions: [undone] })), 'sale_paid')).toMatchObject({ status: 'fail', detail: expect.stringContaining('took the qualification back') });
    }
  });

  it('fails a sale Stripe refused, quoting Stripe’s message, with the way to Sync status', () => {
    const refused = { ...sale, stripeInvoiceId: null };
    const check = item(diagnoseLead(snapshot({ codeRedemptions: [refused], sync: { entries: [outboxEntry({ state: 'conflict' })], conflicts: [conflict()] } })), 'sale_in_stripe');
    expect(check.status).toBe('fail');
    expect(check.detail).toBe('Stripe refused the sale: “This promotion code cannot be redeemed because the associated customer has prior transactions.” (promotion_code_invalid).');
    expect(check.fix).toMatchObject({ link: { href: '#/sync', label: 'Sync status' } });
    const resolved = conflict({ resolution: { action: 'retry', at: TEST_NOW, actor: 'manager' } });
    const after = item(diagnoseLead(snapshot({ codeRedemptions: [refused], sync: { entries: [outboxEntry({ state: 'pending', attempts: 2 })], conflicts: [resolved] } })), 'sale_in_stripe');
    expect(after.detail).toContain('Sync pending');
  });

  it('does not count a sale kept without the code as a redemption in Stripe', () => {
    const kept = { ...sale, manualDiscount: true };
    expect(item(diagnoseLead(snapshot({ codeRedemptions: [kept] })), 'sale_in_stripe')).toMatchObject({ status: 'fail', fix: null });
  });

  it('says unknown, not pass, when the lead has no sale on this device', () => {
    const items = diagnoseLead(snapshot({ codeRedemptions: [], customerRedemptions: [] }));
    expect(['code_rules_at_use', 'sale_paid', 'sale_in_stripe'].map((id) => item(items, id as CheckItem['id']).status)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

describe('why does this code not work', () => {
  const base = { stripe: LIVE, code, campaign: summer, codeCampaign: summer, sync: { entries: [], conflicts: [] }, now: TEST_NOW };

  it('passes a healthy code and fails a deactivated, expired or used-up one', () => {
    expect(diagnoseCode(base).every((i) => i.status === 'pass')).toBe(true);
    expect(item(diagnoseCode({ ...base, code: { ...code, active: false } }), 'code_active').status).toBe('fail');
    const used = item(diagnoseCode({ ...base, code: { ...code, timesRedeemed: 4, pendingRedemptions: 1 } }), 'code_rules_now');
    expect(used).toMatchObject({ status: 'fail', detail: 'Used 5 of 5 times (including sales not yet synced).' });
    expect(item(diagnoseCode({ ...base, now: TEST_NOW + 31 * DAY }), 'code_rules_now').detail).toMatch(/^Expired on/);
  });

  it('fails a code of another campaign than the one the counter works in', () => {
    expect(item(diagnoseCode({ ...base, campaign: winter }), 'code_of_campaign')).toMatchObject({ status: 'fail', detail: 'DANA-7K3Q-9 belongs to “Summer Referrals”, not to “Winter Friends”.' });
  });
});

describe('why has this referrer no code', () => {
  const dana = referrer();
  const base = { stripe: LIVE, referrer: dana, campaign: summer, codes: [], sync: { entries: [], conflicts: [] } };

  it('fails generation on add when it is off and the referrer never got a code', () => {
    const items = diagnoseReferrer(base);
    expect(item(items, 'generate_on_add')).toMatchObject({ status: 'fail', fix: { link: { href: '#/campaigns' } } });
    expect(item(items, 'code_generated')).toMatchObject({ status: 'fail', fix: { text: 'Go to Referrers and click Generate in the Referral Code column for that referrer.' } });
    expect(item(items, 'code_in_stripe').status).toBe('unknown');
    expect(item(diagnoseReferrer({ ...base, campaign: campaign({ generateCodeOnAdd: true }) }), 'generate_on_add').status).toBe('pass');
  });

  it('passes every item for an active referrer whose code is in Stripe, even with generation on add off', () => {
    const items = diagnoseReferrer({ ...base, codes: [code] });
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['stripe_connected', 'pass'],
      ['referrer_active', 'pass'],
      ['generate_on_add', 'pass'],
      ['code_generated', 'pass'],
      ['code_in_stripe', 'pass'],
    ]);
    expect(item(items, 'generate_on_add').detail).toBe('Off for “Summer Referrals”, but this referrer’s code was generated by hand.');
  });

  it('fails a code Stripe refused to create, with Stripe’s message', () => {
    const local = { ...code, stripePromotionCodeId: null, syncEntryId: 'batch-1' };
    const refused = conflict({ entryId: 'batch-1', kind: 'promotion_code.create', recordId: code.code, failure: stripeRefusal('A promotion code with this code already exists.', 'resource_already_exists') });
    const check = item(diagnoseReferrer({ ...base, codes: [local], sync: { entries: [outboxEntry({ id: 'batch-1', kind: 'promotion_code.create', recordId: 'b', batch: [code.code] })], conflicts: [refused] } }), 'code_in_stripe');
    expect(check).toMatchObject({ status: 'fail', detail: 'Generation failed: Stripe refused DANA-7K3Q-9: “A promotion code with this code already exists.” (resource_already_exists).', fix: { link: { href: '#/sync' } } });
  });

  it('fails a code still waiting to reach Stripe (sync pending), and one kept on this device only', () => {
    const local = { ...code, stripePromotionCodeId: null, syncEntryId: 'batch-1' };
    const pending = outboxEntry({ id: 'batch-1', kind: 'promotion_code.create', recordId: 'b', lastFailure: { ...stripeRefusal('offline', 'offline'), kind: 'offline', stripe: null } });
    expect(item(diagnoseReferrer({ ...base, codes: [local], sync: { entries: [pending], conflicts: [] } }), 'code_in_stripe').detail).toBe(
      'Sync pending: DANA-7K3Q-9 waits to be created in Stripe. The last attempt failed: “offline”.',
    );
    expect(item(diagnoseReferrer({ ...base, codes: [{ ...local, syncEntryId: null }] }), 'code_in_stripe').detail).toBe('DANA-7K3Q-9 is kept on this device only and is never sent to Stripe.');
    expect(item(diagnoseReferrer({ ...base, referrer: { ...dana, active: false } }), 'referrer_active').status).toBe('fail');
  });
});
