import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/services/dispatch';
import { ServiceError } from '../../../electron/services/service-error';
import { stripeHandlers } from '../../../electron/services/stripe/gateway';
import { memoryKeyStore } from '../../../electron/services/stripe/key-store';
import { stripeAccount } from '../../../electron/services/stripe/stripe-account';

const noAccount = stripeAccount(memoryKeyStore(null), { connection: async () => Promise.reject(new Error('no Stripe in this test')) });

const info = { version: '1.0.0', host: 'electron' as const, stripe: { mode: 'sandbox' as const, connected: false } };

function handlersWith(getInfo: ApiHandlers['app:getInfo']): ApiHandlers {
  return { ...stripeHandlers(async () => Promise.reject(new Error('no Stripe in this test')), noAccount), 'app:getInfo': getInfo };
}

describe('dispatching a contract call', () => {
  it('runs the handler with parsed arguments and wraps its value', async () => {
    const getInfo = vi.fn(async () => info);
    expect(await dispatch(handlersWith(getInfo), 'app:getInfo', {})).toEqual({ ok: true, value: info });
    expect(getInfo).toHaveBeenCalledWith({});
  });

  it('never runs the handler for arguments the schema refuses', async () => {
    const getInfo = vi.fn(async () => info);
    const result = await dispatch(handlersWith(getInfo), 'app:getInfo', { extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(getInfo).not.toHaveBeenCalled();
  });

  it('names an unknown call', async () => {
    expect(await dispatch(handlersWith(async () => info), 'app:format', {})).toEqual({
      ok: false,
      error: { code: 'unknown_call', message: 'There is no call named “app:format”.' },
    });
  });

  it('passes an expected failure on with its code and message', async () => {
    const result = await dispatch(handlersWith(async () => Promise.reject(new ServiceError('no_key', 'No Stripe key stored.'))), 'app:getInfo', {});
    expect(result).toEqual({ ok: false, error: { code: 'no_key', message: 'No Stripe key stored.' } });
  });

  it('turns an unexpected exception into an internal error instead of a thrown stack', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await dispatch(handlersWith(async () => Promise.reject(new TypeError('boom'))), 'app:getInfo', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal_error', message: 'app:getInfo failed unexpectedly: boom' } });
  });
});
