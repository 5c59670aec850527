/**
 * Why a write to this device's store failed, in words for the person at the till. A full disk
 * (IndexedDB's QuotaExceededError, also when Dexie wraps it) is said as such, with what to do:
 * the sale was not saved, and nothing half-written stays behind (the transaction rolled back).
 */
export function storeFailureMessage(what: string, error: unknown): string {
  if (isQuotaExceeded(error)) {
    return `${what} was NOT saved: this device's storage is full. Let the till sync, then free space (close other apps, delete old files) and try again; take the customer's details on paper meanwhile.`;
  }
  return `${what} could not be saved on this device: ${error instanceof Error ? error.message : String(error)}`;
}

export function isQuotaExceeded(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}
