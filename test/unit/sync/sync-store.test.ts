import { beforeEach, describe, expect, it } from 'vitest';
import { useSyncStatus } from '../../../renderer/src/sync/sync-store';
import type { SyncFailure } from '../../../shared/domain/records';

const busy: SyncFailure = { at: 1, kind: 'retry', code: 'stripe_unavailable', message: 'Too many requests', stripe: { statusCode: 429, type: 'invalid_request_error', code: 'rate_limit', declineCode: null, message: 'Too many requests', param: null, requestId: null } };

describe('what the screens know of the sync while a drain runs', () => {
  beforeEach(() => useSyncStatus.getState().reset());

  it('shows a failed send at once, without waiting for the drain to end', () => {
    useSyncStatus.getState().startDraining();
    useSyncStatus.getState().sendSettled(busy, 5);
    expect(useSyncStatus.getState()).toMatchObject({ draining: true, lastFailure: busy });
  });

  it('clears it as soon as a send goes through, and remembers when', () => {
    useSyncStatus.getState().sendSettled(busy, 5);
    useSyncStatus.getState().sendSettled(null, 9);
    expect(useSyncStatus.getState()).toMatchObject({ lastFailure: null, lastSuccessAt: 9 });
  });

  it('keeps the failure a drain ended on when it sent nothing', () => {
    useSyncStatus.getState().finishDraining({ sent: 0, retried: 1, conflicts: 0, halted: null, lastFailure: busy }, 10);
    expect(useSyncStatus.getState().lastFailure).toBe(busy);
  });
});
