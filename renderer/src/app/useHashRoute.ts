import { useSyncExternalStore } from 'react';
import { parseDiagnosticsHash, type DiagnosticSubject } from '../features/diagnostics/diagnostic-subject';

export type Paper = '80mm' | 'a4' | 'letter';

export type Route =
  | { screen: 'counter' }
  | { screen: 'sync' }
  | { screen: 'settings' }
  | { screen: 'receipt'; redemptionId: string; paper: Paper }
  | { screen: 'cards' }
  | { screen: 'card-batch'; batchId: string }
  | { screen: 'performance' }
  | { screen: 'diagnostics'; subject: DiagnosticSubject | null }
  | { screen: 'staff' }
  | { screen: 'audit' }
  | { screen: 'campaigns' }
  | { screen: 'phone' }
  | { screen: 'uploads' }
  | { screen: 'referrers' };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Parses `#/sync`, `#/phone`, `#/receipt/<sale id>?paper=80mm|a4|letter`; anything else is the counter. */
export function parseRoute(hash: string): Route {
  if (hash === '#/sync') return { screen: 'sync' };
  if (hash === '#/settings') return { screen: 'settings' };
  if (hash === '#/cards') return { screen: 'cards' };
  const batch = /^#\/cards\/batch\/([0-9a-f-]{36})$/.exec(hash);
  if (batch) return { screen: 'card-batch', batchId: batch[1]! };
  if (hash === '#/performance') return { screen: 'performance' };
  if (hash === '#/diagnostics' || hash.startsWith('#/diagnostics/')) return { screen: 'diagnostics', subject: parseDiagnosticsHash(hash) };
  if (hash === '#/staff') return { screen: 'staff' };
  if (hash === '#/audit') return { screen: 'audit' };
  if (hash === '#/campaigns') return { screen: 'campaigns' };
  if (hash === '#/phone') return { screen: 'phone' };
  if (hash === '#/uploads') return { screen: 'uploads' };
  if (hash === '#/referrers') return { screen: 'referrers' };
  const receipt = /^#\/receipt\/([0-9a-f-]{36})(?:\?paper=(80mm|a4|letter))?$/.exec(hash);
  if (receipt) return { screen: 'receipt', redemptionId: receipt[1]!, paper: (receipt[2] as Paper | undefined) ?? '80mm' };
  return { screen: 'counter' };
}

/** The screen named in the URL's hash, so that reloads and the back button keep the screen. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
