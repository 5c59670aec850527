import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../../shared/api/contract';
import { API_CALL_NAMES, ipcChannelOf } from '../../../shared/api/call-names';

type Listener = (event: unknown, args: unknown) => Promise<unknown>;
const registered = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
}));

const { registerIpc } = await import('../../../electron/main/ipc');
const { trustedUrlCheck } = await import('../../../electron/main/security');

const info = { version: '1.0.0', host: 'electron' as const, stripe: { mode: 'sandbox' as const, connected: false } };
const { stripeHandlers } = await import('../../../electron/services/stripe/gateway');
const { memoryKeyStore } = await import('../../../electron/services/stripe/key-store');
const { stripeAccount } = await import('../../../electron/services/stripe/stripe-account');
const noAccount = stripeAccount(memoryKeyStore(null), { connection: async () => Promise.reject(new Error('no Stripe in this test')) });
const handlers: ApiHandlers = { ...stripeHandlers(async () => Promise.reject(new Error('no Stripe in this test')), noAccount), 'app:getInfo': async () => info };

function eventFrom(url: string, isSubframe = false) {
  return { senderFrame: { url, parent: isSubframe ? {} : null } };
}

describe('the Electron IPC host', () => {
  beforeEach(() => {
    registered.clear();
    registerIpc(handlers, trustedUrlCheck('file:///opt/referral-pos/out/renderer'));
  });

  it('registers one channel for every contract call', () => {
    expect([...registered.keys()].sort()).toEqual(API_CALL_NAMES.map(ipcChannelOf).sort());
  });

  it('answers the app’s own page', async () => {
    const listener = registered.get(ipcChannelOf('app:getInfo'))!;
    expect(await listener(eventFrom('file:///opt/referral-pos/out/renderer/index.html'), {})).toEqual({ ok: true, value: info });
  });

  it('refuses a page from anywhere else, and any embedded frame', async () => {
    const listener = registered.get(ipcChannelOf('app:getInfo'))!;
    for (const event of [eventFrom('https://attacker.example/'), eventFrom('file:///opt/referral-pos/out/renderer/index.html', true), eventFrom('file:///home/user/Downloads/evil.html')]) {
      expect(await listener(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
  });

  it('parses arguments like the bridge does', async () => {
    const listener = registered.get(ipcChannelOf('app:getInfo'))!;
    expect(await listener(eventFrom('file:///opt/referral-pos/out/renderer/index.html'), { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });
});
