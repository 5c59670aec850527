// Stripe's lazy loader, re-exported from plain JS: @stripe/terminal-js/pure.d.ts imports the
// package's TypeScript sources, which do not compile under this project's strict settings.
// terminal-js-pure.d.ts gives it the same type from the package's own declarations.
export { loadStripeTerminal } from '@stripe/terminal-js/pure';
