import type Stripe from 'stripe';
import { API_VERSION } from './api-version';
import type { HandlerContext } from './context';
import { ids } from './ids';

/**
 * Records a v1 event for a state change: `data.object` is the object as it is now (already
 * presented), `previous_attributes` the changed fields' old values; `request` names the API
 * request and its idempotency key, as Stripe's events do.
 */
export function emitEvent(ctx: HandlerContext, type: string, object: object, previous?: Record<string, unknown>): void {
  const { store, clock } = ctx.state;
  const created = clock.now();
  const event = {
    id: ids.event(),
    object: 'event',
    api_version: API_VERSION,
    created,
    data: { object: structuredClone(object), ...(previous && Object.keys(previous).length > 0 && { previous_attributes: structuredClone(previous) }) },
    livemode: false,
    pending_webhooks: 0,
    request: { id: ctx.request.id, idempotency_key: ctx.request.idempotencyKey },
    type,
  };
  store.table('event').insert(event as unknown as Stripe.Event, created);
}

/** The old values of the fields `next` changes, for `previous_attributes`. */
export function changedFields(before: object, after: object): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  const old = before as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(old[key]) !== JSON.stringify(value)) previous[key] = old[key] ?? null;
  }
  return previous;
}
