import type { StripeTerminalSdk } from './sdk-types';

/** `loadStripeTerminal` from @stripe/terminal-js/pure: adds the js.stripe.com script on first call. */
export declare const loadStripeTerminal: () => Promise<StripeTerminalSdk | null>;
