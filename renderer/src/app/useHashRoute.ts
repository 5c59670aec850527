import { useSyncExternalStore } from 'react';

export type Paper = '80mm' | 'a4' | 'letter';

export type Route = { screen: 'counter' } | { screen: 'sync' } | { screen: 'settings' } | { screen: 'receipt'; redemptionId: string; paper: Paper } | { screen: 'referrers' };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Parses `#/sync`, `#/receipt/<sale id>?paper=80mm|a4|letter`; anything else is the counter. */
export function parseRoute(hash: string): Route {
  if (hash === '#/sync') return { screen: 'sync' };
  if (hash === '#/settings') return { screen: 'settings' };
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
