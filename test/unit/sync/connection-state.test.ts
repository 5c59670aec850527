import { describe, expect, it } from 'vitest';
import { connectionState, type ConnectionFacts } from '../../../shared/sync/connection-state';

const calm: ConnectionFacts = { online: true, waiting: 0, keyRefused: false, lastFailure: null };
const answered = (statusCode: number) => ({ kind: 'retry' as const, stripe: { statusCode, type: 'api_error', code: null, declineCode: null, message: 'x', param: null, requestId: null } });

describe('the connection badge', () => {
  it('says online and how much waits when Stripe answers', () => {
    expect(connectionState({ ...calm, waiting: 3 })).toEqual({ tone: 'online', text: 'Online · 3 items waiting to sync' });
    expect(connectionState({ ...calm, waiting: 1 }).text).toBe('Online · 1 item waiting to sync');
    expect(connectionState({ ...calm, waiting: 12_345 }).text).toBe('Online · 12,345 items waiting to sync');
  });

  it('says offline when the browser has no network, whatever Stripe said last', () => {
    expect(connectionState({ ...calm, online: false, waiting: 2, lastFailure: answered(500) })).toEqual({ tone: 'offline', text: 'Offline · 2 items waiting to sync' });
  });

  it('names what Stripe is doing while sales wait: busy, failing or silent', () => {
    expect(connectionState({ ...calm, waiting: 4, lastFailure: answered(429) }).text).toBe('Online · Stripe is busy, retrying · 4 items waiting to sync');
    expect(connectionState({ ...calm, waiting: 4, lastFailure: answered(503) }).text).toBe('Online · Stripe is having problems, retrying · 4 items waiting to sync');
    const silent = { kind: 'offline' as const, stripe: { ...answered(0).stripe, type: 'connection_error' } };
    expect(connectionState({ ...calm, waiting: 4, lastFailure: silent })).toEqual({ tone: 'trouble', text: 'Online · Stripe is not answering, retrying · 4 items waiting to sync' });
  });

  it('says the sync stopped when Stripe refused the key', () => {
    expect(connectionState({ ...calm, waiting: 5, keyRefused: true })).toEqual({ tone: 'trouble', text: 'Online · Stripe refused the key, sync stopped · 5 items waiting to sync' });
  });

  it('does not alarm anyone about a past failure once nothing waits, or about a refused entry', () => {
    expect(connectionState({ ...calm, waiting: 0, lastFailure: answered(500) }).tone).toBe('online');
    expect(connectionState({ ...calm, waiting: 2, lastFailure: { kind: 'conflict', stripe: { ...answered(400).stripe } } }).tone).toBe('online');
  });
});
