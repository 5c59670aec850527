import { describe, expect, it } from 'vitest';
import type { OutboxEntry, SyncFailure } from '../../../shared/domain/records';
import { newOutboxEntry } from '../../../shared/sync/outbox-entry';
import { couponSync } from '../../../renderer/src/features/campaigns/coupon-sync';
import { campaign, NOW } from '../../integration/db/store-fixture';

const shop = campaign();

function entry(kind: OutboxEntry['kind'], state: OutboxEntry['state'], lastFailure: SyncFailure | null = null): OutboxEntry {
  return { ...newOutboxEntry(`${kind}-${state}`, kind, shop.id, [], NOW), state, lastFailure };
}

const refusal: SyncFailure = {
  at: NOW,
  kind: 'conflict',
  code: 'invalid_request_error',
  message: 'Request failed',
  stripe: { statusCode: 400, type: 'invalid_request_error', code: null, declineCode: null, message: 'Invalid currency: xts.', param: 'currency', requestId: 'req_1' },
};

describe("the campaign list's coupon column", () => {
  it('shows the coupon id once Stripe has it, and a rename still on its way', () => {
    const synced = { ...shop, stripeCouponId: 'co_123' };
    expect(couponSync(synced, [entry('coupon.create', 'done')])).toEqual({ kind: 'in_stripe', couponId: 'co_123', renameWaiting: false });
    expect(couponSync(synced, [entry('coupon.create', 'done'), entry('coupon.update', 'pending')])).toEqual({ kind: 'in_stripe', couponId: 'co_123', renameWaiting: true });
  });
  it('says the coupon waits, with the last problem of a retried send', () => {
    expect(couponSync(shop, [entry('coupon.create', 'pending')])).toEqual({ kind: 'waiting', lastProblem: null });
    const offline: SyncFailure = { at: NOW, kind: 'offline', code: 'stripe_unreachable', message: 'Stripe could not be reached.', stripe: null };
    expect(couponSync(shop, [entry('coupon.create', 'pending', offline)])).toEqual({ kind: 'waiting', lastProblem: 'Stripe could not be reached.' });
  });
  it("shows Stripe's own words when it refused the coupon", () => {
    expect(couponSync(shop, [entry('coupon.create', 'cancelled'), entry('coupon.create', 'conflict', refusal)])).toEqual({ kind: 'conflict', message: 'Invalid currency: xts.' });
  });
  it('says so when nothing carries the campaign to Stripe', () => {
    expect(couponSync(shop, [entry('coupon.create', 'cancelled')])).toEqual({ kind: 'not_queued' });
  });
});
