import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'vite';
import { rendererConfig } from '../../renderer/vite.config';
import type { Frontend } from './frontend';

/**
 * Development: the renderer served from source by Vite (transforms on request, no build step).
 * Pages go through Vite's HTML transform before the token is added.
 */
export async function viteFrontend(rendererRoot: string): Promise<Frontend> {
  const vite = await createServer({
    ...rendererConfig(rendererRoot),
    configFile: false,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    logLevel: 'warn',
  });
  return {
    async handle(req, res, pageWithToken) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const page = path === '/' ? 'index.html' : path.endsWith('.html') ? path.slice(1) : null;
      if (page !== null && req.method === 'GET') {
        const source = await readFile(join(rendererRoot, page), 'utf8').catch(() => null);
        if (source !== null) {
          const html = pageWithToken(await vite.transformIndexHtml(req.url ?? '/', source));
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
          return;
        }
      }
      vite.middlewares(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      });
    },
    close: () => vite.close(),
  };
}
