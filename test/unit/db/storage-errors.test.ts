import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaExceeded, storeFailureMessage } from '../../../renderer/src/db/storage-errors';

describe('a write the device could not store', () => {
  it('a full disk is said as such, with what to do, whether IndexedDB or Dexie reports it', () => {
    const raw = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', raw);
    for (const error of [raw, wrapped]) {
      expect(isQuotaExceeded(error)).toBe(true);
      expect(storeFailureMessage('The redemption', error)).toBe(
        "The redemption was NOT saved: this device's storage is full. Let the till sync, then free space (close other apps, delete old files) and try again; take the customer's details on paper meanwhile.",
      );
    }
  });

  it('any other failure keeps its own words', () => {
    expect(isQuotaExceeded(new Error('boom'))).toBe(false);
    expect(storeFailureMessage('The order', new Error('Database closed'))).toBe('The order could not be saved on this device: Database closed');
  });
});
