import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../shared/domain/records';
import { codeCreationKey, isReady, newOutboxEntry } from '../../../shared/sync/outbox-entry';

const NOW = 1_800_000_000_000;

describe('an outbox entry', () => {
  const customer = newOutboxEntry('e-customer', 'customer.create', 'cust-1', [], NOW);
  const sale = newOutboxEntry('e-sale', 'sale.record', 'sale-1', ['e-customer'], NOW);
  const deps = (state: OutboxEntry['state']) => new Map([['e-customer', { ...customer, state }]]);

  it('waits for the entries it depends on', () => {
    expect(isReady(sale, deps('pending'), NOW)).toBe(false);
    expect(isReady(sale, deps('conflict'), NOW)).toBe(false);
    expect(isReady(sale, deps('done'), NOW)).toBe(true);
  });

  it('waits out its backoff', () => {
    expect(isReady({ ...customer, nextAttemptAt: NOW + 1 }, new Map(), NOW)).toBe(false);
    expect(isReady({ ...customer, nextAttemptAt: NOW }, new Map(), NOW)).toBe(true);
  });

  it('is never sent again once done, cancelled or in conflict', () => {
    for (const state of ['done', 'cancelled', 'conflict'] as const) expect(isReady({ ...customer, state }, new Map(), NOW)).toBe(false);
  });

  it('gives each code of a batch its own idempotency key, within Stripe’s 255 characters', () => {
    expect(codeCreationKey('batch-1', 'K7QMX4PDK')).toBe('batch-1:K7QMX4PDK');
    const long = 'A'.repeat(500);
    const key = codeCreationKey('0190a0b0-0000-7000-8000-000000000000', long);
    expect(key.length).toBeLessThanOrEqual(255);
    expect(key).not.toBe(codeCreationKey('0190a0b0-0000-7000-8000-000000000000', `${'A'.repeat(499)}B`));
    expect(key).toMatch(/^[A-Za-z0-9:_-]+$/);
  });
});
