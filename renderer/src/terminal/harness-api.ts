import type { ApiResult, PosApi } from '../../../shared/api/contract';
import type { PresentedCard, TestCard } from '../../../shared/api/terminal-calls';

export type HarnessApi = Pick<PosApi, 'terminal:createConnectionToken' | 'terminal:ensureLocation' | 'terminal:presentTestCard'>;

const DECLINES: Partial<Record<TestCard, NonNullable<PresentedCard['error']>>> = {
  declined: { code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  insufficient_funds: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  lost_card: { code: 'card_declined', declineCode: 'lost_card', message: 'Your card was declined.' },
  stolen_card: { code: 'card_declined', declineCode: 'stolen_card', message: 'Your card was declined.' },
  expired_card: { code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  processing_error: { code: 'processing_error', declineCode: 'processing_error', message: 'An error occurred while processing your card.' },
};

/**
 * The harness page's stand-in for the bridge: the terminal calls answer from memory, each call
 * named in `calls` in order, so that a test sees when the adapter asked for a token or a Location.
 */
export function harnessApi(calls: string[]): HarnessApi {
  const answer = <T>(name: string, value: T): Promise<ApiResult<T>> => {
    calls.push(name);
    return Promise.resolve({ ok: true, value });
  };
  return {
    'terminal:createConnectionToken': () => answer('terminal:createConnectionToken', { secret: 'pst_test_harness' }),
    'terminal:ensureLocation': () => answer('terminal:ensureLocation', { locationId: 'tml_harness' }),
    'terminal:presentTestCard': ({ testCard }) => {
      const error = DECLINES[testCard] ?? null;
      const status = error ? 'requires_payment_method' : 'succeeded';
      return answer('terminal:presentTestCard', { status, cardBrand: error ? null : testCard, last4: null, error });
    },
  };
}
