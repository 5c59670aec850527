import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { invalidParam, resourceMissing } from '../errors';
import { createdShape, inRange, listShape, paginate } from '../pagination';
import { array, bool, expand, parseParams } from '../params';

/**
 * `GET /v1/events`: the last 30 days, newest first; `type` (with `*` wildcards) or `types` (at
 * most 20, not both), `created`. `data.object` is as it was when the event happened.
 */
const listSchema = z.strictObject({
  ...listShape,
  ...createdShape,
  type: z.string().optional(),
  types: array(z.string(), { max: 20 }).optional(),
  delivery_success: bool().optional(),
});
const retrieveSchema = z.strictObject({ expand: expand() });

const THIRTY_DAYS = 30 * 86_400;

function typeMatcher(pattern: string): (type: string) => boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (type) => regex.test(type);
}

function list(ctx: HandlerContext): Stripe.ApiList<Stripe.Event> {
  const p = parseParams(listSchema, ctx.params);
  if (p.type !== undefined && p.types !== undefined) throw invalidParam('You may only specify one of these parameters: type, types.', 'types', 'parameters_exclusive');
  const since = ctx.state.clock.now() - THIRTY_DAYS;
  const ordered = ctx.state.store.table('event').all().filter((e) => e.created >= since);
  const single = p.type === undefined ? null : typeMatcher(p.type);
  const wanted = p.types === undefined ? null : new Set(p.types);
  const matching = ordered.filter((e) => (!single || single(e.type)) && (!wanted || wanted.has(e.type)) && inRange(e.created, p.created));
  return structuredClone(paginate(matching, ordered, p, '/v1/events', 'event'));
}

function retrieve(ctx: HandlerContext): Stripe.Event {
  parseParams(retrieveSchema, ctx.params);
  const id = pathParam(ctx, 'id');
  const event = ctx.state.store.table('event').get(id);
  if (!event) throw resourceMissing('event', id);
  return structuredClone(event);
}

export const eventRoutes: Route[] = [
  { method: 'GET', pattern: '/v1/events', handler: list },
  { method: 'GET', pattern: '/v1/events/:id', handler: retrieve },
];
