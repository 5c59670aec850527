/**
 * npm run web [-- --static] [-- --port N] [-- --stripe-port N] [-- --sandbox] [-- --stripe-api URL]
 * Starts browser mode and prints its URL. --static serves the last build (npm run build) instead of
 * the sources; --stripe-port fixes the sandbox emulator's port; --sandbox starts a fresh sandbox
 * account and ignores any stored or environment Stripe key (tests and benchmarks); --stripe-api
 * sends connected keys to that server (a Stripe emulator) instead of api.stripe.com: development
 * and tests only. STRIPE_SECRET_KEY, when set, is the key in use and cannot be disconnected.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { StripeConnection } from '../electron/services/stripe/stripe-client';
import { runMain, serveBrowserMode } from './browser-mode';

const { values } = parseArgs({
  options: {
    static: { type: 'boolean', default: false },
    sandbox: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    'stripe-port': { type: 'string', default: '0' },
    'stripe-api': { type: 'string' },
  },
});

function portOption(name: string, text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--${name} must be a port number, not “${text}”.`);
  return port;
}

function stripeApiOption(text: string): StripeConnection['endpoint'] {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname.replace(/\/+$/, '') !== '') {
    throw new Error(`--stripe-api must be a server's address such as http://127.0.0.1:12111, not “${text}”.`);
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol };
}

async function main(): Promise<void> {
  const port = portOption('port', values.port);
  const stripePort = portOption('stripe-port', values['stripe-port']);
  const staticDir = values.static ? resolve('out/renderer') : undefined;
  if (staticDir && !existsSync(resolve(staticDir, 'index.html'))) throw new Error('No build to serve: run npm run build first.');
  const stripeApi = values['stripe-api'] === undefined ? undefined : stripeApiOption(values['stripe-api']);
  await serveBrowserMode({
    staticDir,
    port,
    stripePort,
    sandboxOnly: values.sandbox,
    ...(stripeApi && { stripeApi }),
  });
}

runMain(main);
