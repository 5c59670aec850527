import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { RENDERER_CSP } from '../services/renderer-csp';
import type { Frontend } from './frontend';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};


/** Serves the built renderer (out/renderer) from disk, refusing any path outside it. */
export function staticFrontend(dir: string): Frontend {
  const root = normalize(dir + sep);
  return {
    async handle(req, res, pageWithToken) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(root) || !(await isFile(file))) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'x-content-type-options': 'nosniff', 'content-security-policy': RENDERER_CSP };
      if (extname(file) === '.html') {
        const html = pageWithToken(await readFile(file, 'utf8'));
        res.writeHead(200, { ...headers, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : html);
        return;
      }
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : await readFile(file));
    },
    async close() {},
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
