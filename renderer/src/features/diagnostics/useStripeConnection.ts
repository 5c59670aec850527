import { useEffect, useState } from 'react';
import type { StripeConnection } from '../../../../shared/domain/diagnostics';
import { getPosApi } from '../../platform/api';

/**
 * What main says of Stripe right now; 'loading' until it answered, null when it could not be
 * asked (the checklist then says "unknown" rather than guessing).
 */
export function useStripeConnection(): StripeConnection | 'loading' {
  const [state, setState] = useState<StripeConnection | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    getPosApi()['app:getInfo']({}).then(
      (info) => live && setState(info.ok ? info.value.stripe : null),
      () => live && setState(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
