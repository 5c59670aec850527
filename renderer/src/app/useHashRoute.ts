import { useSyncExternalStore } from 'react';

export type Route = 'counter' | 'sync';

const ROUTES: Record<string, Route> = { '#/sync': 'sync' };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The screen named in the URL's hash, so that reloads and the back button keep the screen. */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, () => ROUTES[location.hash] ?? 'counter');
}
