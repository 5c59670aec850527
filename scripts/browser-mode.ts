/**
 * Browser mode: the main-process services behind the loopback HTTP bridge, with the renderer served
 * either from the build (static) or from source by Vite (development). Used by `npm run web`,
 * `npm start` where Electron cannot run, Playwright and the benchmarks.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBridge, type RunningBridge } from '../electron/bridge/http-bridge';
import { staticFrontend } from '../electron/bridge/static-frontend';
import { viteFrontend } from '../electron/bridge/vite-frontend';
import { createHandlers } from '../electron/services/handlers';
import { readPackageVersion } from '../electron/services/package-version';
import { fileKeyStore } from '../electron/services/stripe/file-key-store';
import { memoryKeyStore } from '../electron/services/stripe/key-store';
import { embeddedSandbox } from '../electron/services/stripe/sandbox';
import { environmentStripeKey, stripeAccount } from '../electron/services/stripe/stripe-account';
import type { StripeConnection } from '../electron/services/stripe/stripe-client';

const projectRoot = resolve(import.meta.dirname, '..');

export interface BrowserModeOptions {
  /** serve this built renderer folder; omitted: serve renderer/ from source through Vite */
  staticDir?: string;
  port?: number;
  /** where the sandbox's Stripe emulator listens; 0 (default) picks a free port */
  stripePort?: number;
  /** where the Stripe key is kept between starts */
  keyFile?: string;
  /** never read a stored key: tests and benchmarks must not reach a real Stripe account */
  sandboxOnly?: boolean;
  /** send connected keys here instead of api.stripe.com (an emulator): development and tests only */
  stripeApi?: StripeConnection['endpoint'];
  /** a key that wins over the stored one; STRIPE_SECRET_KEY by default; ignored with sandboxOnly */
  environmentKey?: string | null;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<RunningBridge> {
  const dataDir = join(homedir(), '.config', 'referral-pos');
  // tests and benchmarks get a fresh sandbox account and never a stored key
  const sandbox = embeddedSandbox({ port: options.stripePort ?? 0, ...(!options.sandboxOnly && { stateFile: join(dataDir, 'sandbox-stripe.json') }) });
  const keys = options.sandboxOnly ? memoryKeyStore(null) : fileKeyStore(options.keyFile ?? join(dataDir, 'stripe-key'));
  const stripe = stripeAccount(keys, sandbox, {
    environmentKey: options.sandboxOnly ? null : environmentStripeKey(options.environmentKey ?? process.env['STRIPE_SECRET_KEY']),
    ...(options.stripeApi && { apiEndpoint: options.stripeApi }),
  });
  const handlers = createHandlers({ version: readPackageVersion(resolve(projectRoot, 'package.json')), host: 'browser', stripe });
  const frontend = options.staticDir
    ? staticFrontend(options.staticDir)
    : await viteFrontend(resolve(projectRoot, 'renderer'));
  const bridge = await startBridge({ handlers, frontend, port: options.port ?? 0 });
  return { ...bridge, close: async () => (await bridge.close(), await sandbox.close()) };
}

/** For the command-line entry points: start, print the URL on one line, stop cleanly on Ctrl-C. */
export async function serveBrowserMode(options: BrowserModeOptions = {}): Promise<void> {
  const host = await startBrowserMode(options);
  console.log(`Referral POS (browser mode${options.stripeApi ? `, Stripe API at ${options.stripeApi.protocol}://${options.stripeApi.host}:${options.stripeApi.port}` : ''}) at ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Runs a script's main, printing only the message of what went wrong. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
