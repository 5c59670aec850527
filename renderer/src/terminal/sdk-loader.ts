import type { StripeTerminalSdk } from './sdk-types';
import { loadStripeTerminal } from './terminal-js-pure';

/** Loads Stripe's Terminal script on first use and remembers whether that failed. */
export interface SdkLoader {
  /** the script failed to load on this page: only a reload can load it now */
  readonly failed: boolean;
  load(): Promise<StripeTerminalSdk>;
  reloadPage(): void;
}

/**
 * @stripe/terminal-js/pure adds the script tag for https://js.stripe.com/terminal/v1 on the first
 * `loadStripeTerminal()` and keeps that promise for the life of the page, a rejected one included:
 * after one failed load (offline, host blocked, Stripe down) every later call fails at once. So a
 * failure is remembered here, the reader shows `unavailable` / `sdk_load_failed` with the
 * `reload_page` recovery, and `retry()` reloads the page. Chosen over injecting the script again
 * ourselves, which would duplicate Stripe's loader and could put two SDK copies on one page; a
 * reload loses nothing that matters, because a sale is stored before its card is collected.
 */
export function createSdkLoader(
  load: () => Promise<StripeTerminalSdk | null> = loadStripeTerminal,
  reloadPage: () => void = () => window.location.reload(),
): SdkLoader {
  let failed = false;
  return {
    get failed() {
      return failed;
    },
    async load() {
      try {
        const sdk = await load();
        // null means "not in a browser": no script will ever load here either
        if (!sdk) throw new Error('Stripe Terminal cannot load outside a browser page.');
        return sdk;
      } catch (error) {
        failed = true;
        throw error;
      }
    },
    reloadPage,
  };
}

/** One per page, like the SDK's own cached load. */
export const pageSdkLoader: SdkLoader = createSdkLoader();
