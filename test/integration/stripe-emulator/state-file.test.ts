import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatorClient, startStripeEmulator } from '../../../electron/stripe-emulator';

describe('the sandbox account kept in a file', () => {
  it('survives a restart: objects, counts and idempotency keys', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'emulator-state-')), 'sandbox.json');
    const first = await startStripeEmulator({ stateFile });
    const stripe = createEmulatorClient(first);
    const customer = await stripe.customers.create({ name: 'Kept', email: 'kept@example.com' }, { idempotencyKey: 'customer-1' });
    const coupon = await stripe.coupons.create({ percent_off: 10, duration: 'once' });
    const code = await stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'KEPT10' });
    await first.close();

    const second = await startStripeEmulator({ stateFile });
    const again = createEmulatorClient(second);
    expect((await again.customers.retrieve(customer.id)) as { email: string }).toMatchObject({ email: 'kept@example.com' });
    expect((await again.promotionCodes.retrieve(code.id)).code).toBe('KEPT10');
    const replay = await again.customers.create({ name: 'Kept', email: 'kept@example.com' }, { idempotencyKey: 'customer-1' });
    expect(replay.id).toBe(customer.id);
    expect(replay.lastResponse.headers['idempotent-replayed']).toBe('true');
    const newer = await again.customers.create({ name: 'New' });
    expect(newer.id).not.toBe(customer.id);
    await second.close();
  });

  it('refuses a file it cannot read rather than starting with half an account', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'emulator-state-')), 'sandbox.json');
    writeFileSync(stateFile, JSON.stringify({ format: 99 }));
    await expect(startStripeEmulator({ stateFile })).rejects.toThrow(/another version of the emulator/);
  });
});
