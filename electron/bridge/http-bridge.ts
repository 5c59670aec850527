import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers, ApiResult } from '../../shared/api/contract';
import { dispatch } from '../services/dispatch';
import { injectTokenMeta, type Frontend } from './frontend';
import { readJsonBody } from './json-body';
import { refuseForeignHost, refuseMissingToken } from './request-guard';

export interface BridgeOptions {
  handlers: ApiHandlers;
  frontend: Frontend;
  /** 0 (default) picks a free port */
  port?: number;
}

export interface RunningBridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

/**
 * Browser mode's host: the renderer's pages and `POST /api/<call>` for every contract call, on
 * 127.0.0.1 only, each call guarded by a token minted for this start.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      console.error('[bridge] request failed', error);
      if (!res.headersSent) sendJson(res, 500, failure('internal_error', 'The bridge failed to answer.'));
      else res.destroy();
    });
  });
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = refuseForeignHost(req, port);
    if (refusal) return sendJson(res, refusal.status, failure(refusal.code, refusal.message));
    if (req.url?.startsWith(API_PREFIX)) return serveCall(req, res);
    return options.frontend.handle(req, res, (html) => injectTokenMeta(html, token));
  }
  async function serveCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, failure('method_not_allowed', 'Calls are POST requests.'), { allow: 'POST' });
    const denied = refuseMissingToken(req, token);
    if (denied) return sendJson(res, denied.status, failure(denied.code, denied.message));
    const body = await readJsonBody(req);
    if (!body.ok) return sendJson(res, body.status, failure(body.code, body.message));
    const name = decodeURIComponent(new URL(req.url ?? '', 'http://localhost').pathname.slice(API_PREFIX.length));
    const result = await dispatch(options.handlers, name, body.value);
    sendJson(res, statusOf(result), result);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await options.frontend.close();
    },
  };
}

function statusOf(result: ApiResult<unknown>): number {
  if (result.ok) return 200;
  return { unknown_call: 404, invalid_arguments: 400, internal_error: 500 }[result.error.code] ?? 422;
}

function failure(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
