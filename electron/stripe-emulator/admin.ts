import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Clock } from './clock';
import type { EmulatorState, HandlerContext } from './context';
import { StripeApiError } from './errors';
import type { FaultInjector } from './faults';
import { send } from './http-io';
import type { RateLimiter } from './rate-limit';
import { present } from './render';
import type { RequestLog } from './request-log';
import { completeSession } from './resources/checkout-session-model';
import { KINDS, type Kind } from './store';

/**
 * The emulator's own endpoints (JSON, no key, never rate limited or faulted): fault rules, the
 * clock, the rate limit, a reset, read-only inspection, and what a customer on a hosted page would
 * do (complete a Checkout Session).
 */
export interface AdminDeps {
  state: EmulatorState;
  faults: FaultInjector;
  limiter: RateLimiter;
  log: RequestLog;
  clock: Clock;
  reset: () => void;
}

const action = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0) }),
  z.object({ kind: z.literal('error'), status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(), replayable: z.boolean().optional() }),
  z.object({ kind: z.literal('rate_limit'), retryAfterSeconds: z.number().min(0).optional() }),
  z.object({ kind: z.literal('timeout'), commit: z.boolean().optional() }),
  z.object({ kind: z.literal('malformed'), commit: z.boolean().optional() }),
  z.object({ kind: z.literal('drop'), commit: z.boolean().optional() }),
]);
const rule = z.object({ method: z.string().optional(), path: z.string().optional(), times: z.number().int().positive().optional(), probability: z.number().min(0).max(1).optional(), perKey: z.number().int().positive().optional(), bodyIncludes: z.string().min(1).optional(), action });
const keyRule = z.strictObject({ key: z.string().min(1), revoked: z.literal(true).optional(), permissions: z.record(z.string(), z.enum(['none', 'read', 'write'])).optional() });
const accountPatch = z.strictObject({ displayName: z.string().nullable().optional(), businessName: z.string().nullable().optional(), email: z.string().nullable().optional() });
const rules = z.union([rule, z.array(rule), z.object({ rules: z.array(rule) }).transform((r) => r.rules)]);

/** Every stored object of one kind, newest first, as the API would show it. */
export function inspect(state: EmulatorState, kind: Kind): unknown[] {
  return state.store.table(kind).all().map((value) => present(state, kind, value as never));
}

export function adminHandler(deps: AdminDeps) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string, body: string): void => {
    const method = (req.method ?? 'GET').toUpperCase();
    const reply = (status: number, payload: unknown) => send(res, status, JSON.stringify(payload), {});
    try {
      const json = () => (body.trim() === '' ? {} : (JSON.parse(body) as unknown));
      const route = `${method} ${pathname.replace(/\/+$/, '')}`;
      const faultId = /^DELETE \/__admin\/faults\/([^/]+)$/.exec(route)?.[1];
      const kind = /^GET \/__admin\/state\/([a-z_.]+)$/.exec(route)?.[1];
      const session = /^POST \/__admin\/checkout\/sessions\/([^/]+)\/complete$/.exec(route)?.[1];
      if (route === 'POST /__admin/reset') return reply(200, (deps.reset(), { reset: true }));
      if (route === 'GET /__admin/faults') return reply(200, { faults: deps.faults.list() });
      if (route === 'POST /__admin/faults') return reply(200, { ids: [rules.parse(json())].flat().map((r) => deps.faults.add(r)) });
      if (route === 'DELETE /__admin/faults') return reply(200, (deps.faults.clear(), { faults: [] }));
      if (faultId !== undefined) return reply(200, (deps.faults.remove(faultId), { removed: faultId }));
      if (route === 'POST /__admin/faults/seed') return reply(200, (deps.faults.seed(z.object({ seed: z.number().int() }).parse(json()).seed), { seeded: true }));
      if (route === 'POST /__admin/rate-limit') return reply(200, (deps.limiter.setLimit(z.object({ perSecond: z.number().min(0) }).parse(json()).perSecond), { perSecond: deps.limiter.limit }));
      if (route === 'GET /__admin/clock') return reply(200, { now: deps.clock.now(), offsetSeconds: deps.clock.offsetSeconds });
      if (route === 'POST /__admin/clock') return reply(200, (deps.clock.advance(z.object({ advanceSeconds: z.number() }).parse(json()).advanceSeconds), { now: deps.clock.now(), offsetSeconds: deps.clock.offsetSeconds }));
      if (route === 'POST /__admin/keys') return reply(200, manageKey(deps.state, keyRule.parse(json())));
      if (route === 'GET /__admin/account') return reply(200, deps.state.account);
      if (route === 'POST /__admin/account') return reply(200, (deps.state.account = { ...deps.state.account, ...definedOnly(accountPatch.parse(json())) }));
      if (route === 'GET /__admin/requests') return reply(200, { requests: deps.log.all() });
      if (route === 'GET /__admin/state') return reply(200, Object.fromEntries(KINDS.map((k) => [k, inspect(deps.state, k)])));
      if (kind !== undefined && (KINDS as readonly string[]).includes(kind)) return reply(200, { data: inspect(deps.state, kind as Kind) });
      if (session !== undefined) return reply(200, completeCheckout(deps.state, decodeURIComponent(session)));
      reply(404, { error: `unknown admin endpoint: ${route}` });
    } catch (error) {
      if (error instanceof StripeApiError) return reply(error.status, { error: error.fields });
      reply(400, { error: error instanceof z.ZodError ? z.prettifyError(error) : String(error) });
    }
  };
}

/** Revokes a key, or gives a restricted key its permissions (what the Dashboard's API keys page does). */
function manageKey(state: EmulatorState, rule: z.output<typeof keyRule>): { key: string; revoked: boolean } {
  if (rule.permissions) state.keys.restrict(rule.key, rule.permissions);
  if (rule.revoked) state.keys.revoke(rule.key);
  return { key: rule.key, revoked: state.keys.isRevoked(rule.key) };
}

function definedOnly<T extends object>(patch: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as never;
}

export function completeCheckout(state: EmulatorState, id: string): unknown {
  const session = state.store.table('checkout.session').get(id);
  if (!session) throw new StripeApiError(404, { type: 'invalid_request_error', message: `No such checkout.session: '${id}'`, code: 'resource_missing' });
  const ctx: HandlerContext = { state, params: {}, path: {}, request: { id: `req_admin_${Date.now()}`, idempotencyKey: null } };
  completeSession(ctx, session);
  return present(state, 'checkout.session', session);
}
