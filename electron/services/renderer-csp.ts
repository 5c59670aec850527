/**
 * Hosts Stripe Terminal's JS SDK needs, and nothing else from outside: the SDK is fetched only
 * when a real Stripe account is connected (renderer/src/terminal/sdk-loader.ts), but a policy
 * cannot depend on that, so these few origins are always allowed.
 * - js.stripe.com: the SDK script (/terminal/v1); Stripe requires it be loaded from there.
 * - api.stripe.com: the SDK's calls with the connection token (readers, sessions, payments).
 * - armada.stripe.com, gator.stripe.com: Stripe's Terminal services, listed with the Terminal
 *   domains in Stripe's "Domains and IP addresses".
 * - *.device.stripe-terminal-local-reader.net: a smart reader on the shop's network, reached by a
 *   name that Stripe's DNS resolves to the reader's private address, on a port the reader picks.
 * No frame-src: unlike Stripe.js, the Terminal SDK draws no frames, so frames stay 'self' only.
 */
const STRIPE_TERMINAL_SCRIPTS = 'https://js.stripe.com';
const STRIPE_TERMINAL_CONNECTIONS = [
  'https://api.stripe.com',
  'https://armada.stripe.com',
  'https://gator.stripe.com',
  'https://*.device.stripe-terminal-local-reader.net:*',
].join(' ');

/** The page policy both hosts set: our own scripts only (plus Stripe Terminal's), no eval, no framing. */
export const RENDERER_CSP = [
  "default-src 'self'",
  // wasm-unsafe-eval: the kiosk's QR decoder is WebAssembly (compiling it is all it allows; eval stays off)
  `script-src 'self' 'wasm-unsafe-eval' ${STRIPE_TERMINAL_SCRIPTS}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  `connect-src 'self' ${STRIPE_TERMINAL_CONNECTIONS}`,
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
