/**
 * npm run web [-- --static] [-- --port N]
 * Starts browser mode and prints its URL. --static serves the last build (npm run build) instead of
 * the sources.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain, serveBrowserMode } from './browser-mode';

const { values } = parseArgs({ options: { static: { type: 'boolean', default: false }, port: { type: 'string', default: '0' } } });

async function main(): Promise<void> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, not “${values.port}”.`);
  const staticDir = values.static ? resolve('out/renderer') : undefined;
  if (staticDir && !existsSync(resolve(staticDir, 'index.html'))) throw new Error('No build to serve: run npm run build first.');
  await serveBrowserMode({ staticDir, port });
}

runMain(main);
