import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_VERSION } from './api-version';
import { requireTestKey } from './auth';
import type { EmulatorState, Route } from './context';
import { apiError, errorBody, invalidParam, rateLimited, StripeApiError, unrecognizedUrl } from './errors';
import type { FaultDecision, FaultInjector } from './faults';
import { canonicalForm, decodeForm, MalformedKey, type FormObject } from './form-decoding';
import { header, readBody, send, sleep } from './http-io';
import { IdempotencyLayer, type SavedResponse } from './idempotency';
import { ids } from './ids';
import { hostedPage } from './pages';
import type { RateLimiter } from './rate-limit';
import type { RequestLog } from './request-log';
import { Router } from './router';

export interface Pipeline {
  state: EmulatorState;
  faults: FaultInjector;
  limiter: RateLimiter;
  idempotency: IdempotencyLayer;
  log: RequestLog;
  admin: (req: IncomingMessage, res: ServerResponse, pathname: string, body: string) => void;
}

interface Outcome extends SavedResponse {
  storable: boolean;
  replayed: boolean;
}

/**
 * One API request, in Stripe's order: authentication and the rate limiter (never saved under an
 * idempotency key), then the idempotency layer, then the endpoint. Faults wrap the whole: some
 * answer before anything runs, others after the change is committed and its response saved.
 */
export function createHandler(pipeline: Pipeline, routes: readonly Route[]) {
  const router = new Router(routes);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    let body: string;
    try {
      body = await readBody(req);
    } catch {
      send(res, 413, JSON.stringify({ error: { type: 'invalid_request_error', message: 'Request body too large.' } }), {});
      return;
    }
    if (url.pathname.startsWith('/__admin')) return pipeline.admin(req, res, url.pathname, body);
    const page = method === 'GET' ? hostedPage(pipeline.state, url.pathname) : null;
    if (page !== null) return send(res, 200, page, {}, 'text/html; charset=utf-8');

    const requestId = ids.request();
    const key = method === 'POST' ? header(req, 'idempotency-key') : null;
    const entry = pipeline.log.add({ requestId, method, path: url.pathname, idempotencyKey: key, status: null, replayed: false, fault: null, at: Date.now() });
    const baseHeaders: Record<string, string> = { 'Request-Id': requestId, 'Stripe-Version': header(req, 'stripe-version') ?? API_VERSION, ...(key !== null && { 'Idempotency-Key': key }) };
    const answer = (outcome: SavedResponse & { replayed?: boolean }, extra: Record<string, string> = {}) => {
      entry.status = outcome.status;
      entry.replayed = outcome.replayed ?? false;
      const replayHeaders: Record<string, string> = outcome.replayed ? { 'Idempotent-Replayed': 'true', 'Original-Request': outcome.requestId } : {};
      send(res, outcome.status, outcome.body, { ...baseHeaders, ...replayHeaders, ...extra });
    };
    const fail = (error: StripeApiError, extra: Record<string, string> = {}) =>
      answer({ status: error.status, body: JSON.stringify(errorBody(error, requestId, pipeline.state.clock.now())), requestId }, extra);

    let decision: FaultDecision = { latencyMs: 0, action: null };
    try {
      const apiKey = requireTestKey(req, pipeline.state.keys);
      pipeline.state.keys.authorize(apiKey, method, url.pathname, pipeline.state.account.id);
      decision = pipeline.faults.take(method, url.pathname, key, body);
      entry.fault = decision.action?.kind ?? (decision.latencyMs > 0 ? 'latency' : null);
      const action = decision.action;
      if (action?.kind === 'rate_limit') {
        return fail(rateLimited(), action.retryAfterSeconds !== undefined ? { 'Retry-After': String(action.retryAfterSeconds) } : {});
      }
      if (!pipeline.limiter.allow()) return fail(rateLimited());
      if (action?.kind === 'drop' && !action.commit) return void res.destroy();
      if (action?.kind === 'timeout' && !action.commit) return;
      if (action?.kind === 'malformed' && action.commit === false) return sendMalformed(res, baseHeaders, entry);
      if (action?.kind === 'error' && !action.replayable) throw apiError(action.status);
      const route = router.match(method, url.pathname);
      if (!route) throw unrecognizedUrl(method, url.pathname);
      const params = decodeParams(method === 'POST' ? body : url.search.slice(1));
      const run = async (): Promise<Outcome> => {
        await sleep(decision.latencyMs);
        if (action?.kind === 'error') return { ...rendered(apiError(action.status), requestId, pipeline), storable: true, replayed: false };
        return execute(() => route.handler({ state: pipeline.state, params, path: route.path, request: { id: requestId, idempotencyKey: key } }), requestId, pipeline);
      };
      let outcome: Outcome;
      if (key === null) {
        outcome = await run();
      } else {
        const admission = pipeline.idempotency.admit(key, `${method} ${url.pathname}`, canonicalForm(params));
        if (admission.kind === 'replay') {
          outcome = { ...admission.response, storable: true, replayed: true };
        } else {
          outcome = await run();
          if (outcome.storable) pipeline.idempotency.save(key, outcome);
          else pipeline.idempotency.abandon(key);
        }
      }
      if (action?.kind === 'drop') return void res.destroy();
      if (action?.kind === 'timeout') return;
      if (action?.kind === 'malformed') return sendMalformed(res, baseHeaders, entry);
      answer(outcome);
    } catch (error) {
      fail(error instanceof StripeApiError ? error : internalError(error));
    }
  };
}

function decodeParams(text: string): FormObject {
  try {
    return decodeForm(text);
  } catch (error) {
    if (error instanceof MalformedKey) throw invalidParam(`${error.message}. Parameter names (metadata keys included) cannot contain unpaired square brackets.`, error.key);
    throw error;
  }
}

/** What a misbehaving proxy might return: status 200, declared JSON, not JSON. */
function sendMalformed(res: ServerResponse, headers: Record<string, string>, entry: { status: number | null }): void {
  entry.status = 200;
  send(res, 200, '<html><body>502 Bad Gateway</body></html>', headers, 'application/json');
}

function rendered(error: StripeApiError, requestId: string, pipeline: Pipeline): SavedResponse {
  return { status: error.status, body: JSON.stringify(errorBody(error, requestId, pipeline.state.clock.now())), requestId };
}

function execute(handler: () => unknown, requestId: string, pipeline: Pipeline): Outcome {
  try {
    const result = handler();
    return { status: 200, body: JSON.stringify(result), requestId, storable: true, replayed: false };
  } catch (error) {
    const stripeError = error instanceof StripeApiError ? error : internalError(error);
    return { ...rendered(stripeError, requestId, pipeline), storable: stripeError.storable, replayed: false };
  }
}

function internalError(error: unknown): StripeApiError {
  console.error('[stripe-emulator] handler failed:', error);
  return apiError(500);
}
