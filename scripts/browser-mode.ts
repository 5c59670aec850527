/**
 * Browser mode: the main-process services behind the loopback HTTP bridge, with the renderer served
 * either from the build (static) or from source by Vite (development). Used by `npm run web`,
 * `npm start` where Electron cannot run, Playwright and the benchmarks.
 */
import { resolve } from 'node:path';
import { startBridge, type RunningBridge } from '../electron/bridge/http-bridge';
import { staticFrontend } from '../electron/bridge/static-frontend';
import { viteFrontend } from '../electron/bridge/vite-frontend';
import { createHandlers } from '../electron/services/handlers';
import { readPackageVersion } from '../electron/services/package-version';

const projectRoot = resolve(import.meta.dirname, '..');

export interface BrowserModeOptions {
  /** serve this built renderer folder; omitted: serve renderer/ from source through Vite */
  staticDir?: string;
  port?: number;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<RunningBridge> {
  const handlers = createHandlers({ version: readPackageVersion(resolve(projectRoot, 'package.json')), host: 'browser' });
  const frontend = options.staticDir
    ? staticFrontend(options.staticDir)
    : await viteFrontend(resolve(projectRoot, 'renderer'));
  return startBridge({ handlers, frontend, port: options.port ?? 0 });
}
