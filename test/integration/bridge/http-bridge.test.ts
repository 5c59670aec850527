import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../../../electron/bridge/http-bridge';
import { staticFrontend } from '../../../electron/bridge/static-frontend';
import { createHandlers } from '../../../electron/services/handlers';
import { memoryKeyStore } from '../../../electron/services/stripe/key-store';
import { stripeAccount } from '../../../electron/services/stripe/stripe-account';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let bridge: RunningBridge;
const noStripe = stripeAccount(memoryKeyStore(null), { connection: async () => Promise.reject(new Error('no Stripe in this test')) });

/** A raw HTTP request, so that tests control every header (Host included). */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(name: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pos-token': bridge.token, ...headers },
    body,
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pos-bridge-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'pos-bridge-secret.txt'), 'secret');
  bridge = await startBridge({ handlers: createHandlers({ version: '9.9.9', host: 'browser', stripe: noStripe }), frontend: staticFrontend(dir) });
});

afterAll(() => bridge.close());

describe('the browser-mode bridge', () => {
  it('listens on the loopback address only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  it('answers a contract call from a page it served, with the token that page carries', async () => {
    const page = await send('/');
    const token = /name="pos-bridge-token" content="([^"]+)"/.exec(page.body)?.[1];
    expect(token).toBe(bridge.token);
    const reply = await call('app:getInfo', '{}', { 'x-pos-token': token! });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { version: '9.9.9', host: 'browser', stripe: { mode: 'sandbox', connected: false } } });
  });

  it('mints a different token on every start', async () => {
    const other = await startBridge({ handlers: createHandlers({ version: '1', host: 'browser', stripe: noStripe }), frontend: staticFrontend(tmpdir()) });
    expect(other.token).not.toBe(bridge.token);
    expect(other.token.length).toBeGreaterThanOrEqual(43);
    await other.close();
  });

  it.each([
    ['no token', {}, 401, 'missing_token'],
    ['a wrong token', { 'x-pos-token': 'guess' }, 401, 'missing_token'],
    ['a foreign Host (DNS rebinding)', { host: 'attacker.example:80' }, 403, 'forbidden_host'],
    ['a foreign Origin', { origin: 'https://attacker.example' }, 403, 'forbidden_origin'],
  ])('refuses a call with %s', async (_what, headers, status, code) => {
    const base: Record<string, string> = { 'content-type': 'application/json' };
    if (!('x-pos-token' in headers) && status !== 401) base['x-pos-token'] = bridge.token;
    const reply = await send('/api/app:getInfo', { method: 'POST', headers: { ...base, ...headers }, body: '{}' });
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a call that is not a POST', async () => {
    const reply = await send('/api/app:getInfo', { headers: { 'x-pos-token': bridge.token } });
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('POST');
  });

  it('says which call does not exist', async () => {
    const reply = await call('stripe:deleteEverything', '{}');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body).error.message).toContain('stripe:deleteEverything');
  });

  it('rejects arguments the contract does not allow, naming the offending key', async () => {
    const reply = await call('app:getInfo', '{"admin":true}');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'invalid_arguments' });
    expect(JSON.parse(reply.body).error.message).toContain('admin');
  });

  it('rejects a body that is not JSON, or not sent as JSON', async () => {
    expect((await call('app:getInfo', '{not json')).status).toBe(400);
    expect((await call('app:getInfo', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('refuses a body over 1 MB before reading it all', async () => {
    const reply = await call('app:getInfo', JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 1) }));
    expect(reply.status).toBe(413);
  });

  it('serves the renderer with its content security policy, and nothing outside its folder', async () => {
    const script = await send('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/../pos-bridge-secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/pos-bridge-secret.txt')).status).toBe(404);
    expect((await send('/missing.js')).status).toBe(404);
  });
});
