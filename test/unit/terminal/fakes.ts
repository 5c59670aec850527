/** In-memory stand-ins for the terminal tests: the PosApi's terminal calls and the network. */
import type { ApiResult, PosApi } from '../../../shared/api/contract';
import type { PresentedCard, TestCard } from '../../../shared/api/terminal-calls';
import type { NetworkWatch } from '../../../renderer/src/terminal/network-watch';

type Decline = { code: string; declineCode: string | null; message: string };

/** What Stripe's test cards do, as the gateway reports them (see test/integration/terminal). */
const DECLINES: Partial<Record<TestCard, Decline>> = {
  declined: { code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  insufficient_funds: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  lost_card: { code: 'card_declined', declineCode: 'lost_card', message: 'Your card was declined.' },
  stolen_card: { code: 'card_declined', declineCode: 'stolen_card', message: 'Your card was declined.' },
  expired_card: { code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  processing_error: { code: 'processing_error', declineCode: 'processing_error', message: 'An error occurred while processing your card. Try again in a little bit.' },
};

export interface FakeTerminalApi {
  api: Pick<PosApi, 'terminal:presentTestCard' | 'terminal:createConnectionToken' | 'terminal:ensureLocation'>;
  /** every presented card, in order */
  presented: { paymentIntentId: string; testCard: TestCard }[];
  /** the next present answers this instead of Stripe's verdict (a lost answer, say) */
  failNextWith: ApiResult<PresentedCard> | null;
  /** the next present hangs until released (Stripe slow to answer) */
  holdNext: boolean;
  release: () => void;
}

export function fakeTerminalApi(): FakeTerminalApi {
  const fake: FakeTerminalApi = {
    presented: [],
    failNextWith: null,
    holdNext: false,
    release: () => undefined,
    api: {
      'terminal:createConnectionToken': async () => ({ ok: true, value: { secret: 'pst_test_fake' } }),
      'terminal:ensureLocation': async () => ({ ok: true, value: { locationId: 'tml_fake' } }),
      'terminal:presentTestCard': async ({ paymentIntentId, testCard }) => {
        fake.presented.push({ paymentIntentId, testCard });
        if (fake.holdNext) {
          fake.holdNext = false;
          await new Promise<void>((resolve) => (fake.release = resolve));
        }
        if (fake.failNextWith) {
          const answer = fake.failNextWith;
          fake.failNextWith = null;
          return answer;
        }
        const decline = DECLINES[testCard];
        if (decline) return { ok: true, value: { status: 'requires_payment_method', cardBrand: null, last4: null, error: decline } };
        return { ok: true, value: { status: 'succeeded', cardBrand: testCard, last4: null, error: null } };
      },
    },
  };
  return fake;
}

export interface ManualNetwork extends NetworkWatch {
  set(online: boolean): void;
}

export function manualNetwork(online = true): ManualNetwork {
  const listeners = new Set<(online: boolean) => void>();
  let current = online;
  return {
    isOnline: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      current = next;
      for (const listener of listeners) listener(next);
    },
  };
}
