import { parseArgs } from 'node:util';
import { startStripeEmulator } from '../electron/stripe-emulator';

/**
 * The Stripe emulator on its own: `npm run stripe:emulator -- --port 12111`. Prints its URL on one
 * line; point stripe-node at it with `{host: '127.0.0.1', port, protocol: 'http'}` and any
 * `sk_test_…` key. Ctrl-C stops it.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'rate-limit': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, not ${values.port}`);
  process.exit(2);
}
const rateLimit = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']);

const emulator = await startStripeEmulator({ port, host: values.host, ...(rateLimit !== undefined && { rateLimitPerSecond: rateLimit }) });
console.log(emulator.url);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
