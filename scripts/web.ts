/**
 * npm run web [-- --static] [-- --port N] [-- --stripe-port N] [-- --sandbox]
 * Starts browser mode and prints its URL. --static serves the last build (npm run build) instead of
 * the sources; --stripe-port fixes the sandbox emulator's port; --sandbox starts a fresh sandbox
 * account and ignores any stored Stripe key (tests and benchmarks).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain, serveBrowserMode } from './browser-mode';

const { values } = parseArgs({
  options: {
    static: { type: 'boolean', default: false },
    sandbox: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    'stripe-port': { type: 'string', default: '0' },
  },
});

function portOption(name: string, text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--${name} must be a port number, not “${text}”.`);
  return port;
}

async function main(): Promise<void> {
  const port = portOption('port', values.port);
  const stripePort = portOption('stripe-port', values['stripe-port']);
  const staticDir = values.static ? resolve('out/renderer') : undefined;
  if (staticDir && !existsSync(resolve(staticDir, 'index.html'))) throw new Error('No build to serve: run npm run build first.');
  await serveBrowserMode({ staticDir, port, stripePort, sandboxOnly: values.sandbox });
}

runMain(main);
