import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_CALL_NAMES } from '../../../shared/api/call-names';
import type { ApiHandlers } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/services/dispatch';

/** Handlers that only count their calls: what matters is what reaches them. */
function countingHandlers(): { handlers: ApiHandlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(API_CALL_NAMES.map((name) => [name, async () => (calls.push(name), null)])) as unknown as ApiHandlers;
  return { handlers, calls };
}

describe('payloads sent to the services (the HTTP bridge and IPC both dispatch here)', () => {
  it('anything at all under any name ends in a result with a clear message, never a throw', async () => {
    const { handlers } = countingHandlers();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...API_CALL_NAMES), fc.string({ maxLength: 40 })), fc.anything({ maxDepth: 3 }), async (name, args) => {
        const result = await dispatch(handlers, name, args);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 10_000 },
    );
  });

  it('a malformed payload never reaches a handler: it is refused naming the call and the field', async () => {
    const { handlers, calls } = countingHandlers();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...API_CALL_NAMES.filter((n) => n !== 'app:getInfo' && n !== 'stripe:disconnect' && n !== 'terminal:createConnectionToken')), fc.oneof(fc.integer(), fc.string(), fc.array(fc.integer()), fc.constant({ junk: true })), async (name, args) => {
        const before = calls.length;
        const result = await dispatch(handlers, name, args);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toContain(`Invalid arguments for ${name}`);
        expect(calls.length).toBe(before);
      }),
      { numRuns: 10_000 },
    );
  });
});
