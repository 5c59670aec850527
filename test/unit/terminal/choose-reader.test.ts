import { describe, expect, it } from 'vitest';
import { chooseReader } from '../../../renderer/src/terminal/choose-reader';
import { createSdkLoader } from '../../../renderer/src/terminal/sdk-loader';
import { StripeTerminalReader } from '../../../renderer/src/terminal/stripe-terminal';
import { fakeTerminalApi, manualNetwork } from './fakes';

const LOCATION = { displayName: 'Front counter', address: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US', state: 'IL' } };

describe('which card reader a till gets', () => {
  it.each([
    ['sandbox', false, 'simulated', 'the same simulated reader'],
    ['test', true, 'stripe_terminal', 'a simulated reader for development'],
    ['live', true, 'stripe_terminal', 'no simulated reader'],
  ] as const)('%s mode: %s reader, with %s', (mode, connected, kind, _simulated) => {
    const choice = chooseReader({ mode, connected }, { api: fakeTerminalApi().api, location: LOCATION, network: manualNetwork() });
    expect(choice.reader.kind).toBe(kind);
    if (mode === 'sandbox') expect(choice.simulated).toBe(choice.reader);
    if (mode === 'test') expect(choice.simulated?.kind).toBe('simulated');
    if (mode === 'live') expect(choice.simulated).toBeNull();
    choice.reader.dispose();
    choice.simulated?.dispose();
  });
});

describe('the Stripe Terminal reader before any SDK is loaded', () => {
  function sdkReader(stripe: { mode: 'sandbox' | 'test' | 'live'; connected: boolean }, online = true) {
    let loads = 0;
    let reloads = 0;
    const loader = createSdkLoader(
      async () => {
        loads++;
        throw new Error('Failed to load StripeTerminal');
      },
      () => reloads++,
    );
    const reader = new StripeTerminalReader({ api: fakeTerminalApi().api, stripe, location: LOCATION, loader, network: manualNetwork(online) });
    return { reader, loads: () => loads, reloads: () => reloads };
  }

  it('is unavailable without a real Stripe account, and never tries to load the SDK', async () => {
    const { reader, loads } = sdkReader({ mode: 'live', connected: false });
    expect(reader.getState()).toMatchObject({ status: 'unavailable', reason: 'no_stripe_account', recovery: 'connect_stripe' });
    await expect(reader.discover()).rejects.toMatchObject({ code: 'unavailable' });
    expect(loads()).toBe(0);
  });

  it('is unavailable offline, and never tries to load the SDK', async () => {
    const { reader, loads } = sdkReader({ mode: 'test', connected: true }, false);
    expect(reader.getState()).toMatchObject({ status: 'unavailable', reason: 'offline' });
    await expect(reader.discover()).rejects.toMatchObject({ code: 'unavailable' });
    expect(loads()).toBe(0);
  });

  it('after a failed script load says so and offers a reload, which retry() performs', async () => {
    const { reader, reloads } = sdkReader({ mode: 'test', connected: true });
    expect(reader.getState()).toEqual({ status: 'disconnected', message: null });
    await expect(reader.discover()).rejects.toMatchObject({ code: 'unavailable', stripeMessage: 'Failed to load StripeTerminal' });
    expect(reader.getState()).toMatchObject({ status: 'unavailable', reason: 'sdk_load_failed', recovery: 'reload_page' });
    await reader.retry();
    expect(reloads()).toBe(1);
  });
});
