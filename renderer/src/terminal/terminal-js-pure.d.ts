import type { StripeTerminal } from '@stripe/terminal-js';

/** `loadStripeTerminal` from @stripe/terminal-js/pure: adds the js.stripe.com script on first call. */
export declare const loadStripeTerminal: () => Promise<StripeTerminal | null>;
