import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type HandlerContext, type Route } from '../context';
import { resourceMissing } from '../errors';
import { ids } from '../ids';
import { listShape, paginate } from '../pagination';
import { expand, mergeMetadata, metadata, parseParams, str } from '../params';
import { present, presentList } from '../render';

/**
 * Terminal's server side: connection tokens for the reader SDK's `onFetchConnectionToken`, and
 * locations readers register to. Location scoping of a token only matters for internet readers.
 */
const address = z.strictObject({
  country: str(2),
  line1: str().optional(),
  line2: str().optional(),
  city: str().optional(),
  postal_code: str().optional(),
  state: str().optional(),
});
const locationSchema = z.strictObject({ display_name: str(1000), address, phone: str().optional(), configuration_overrides: str().optional(), metadata: metadata().optional(), expand: expand() });
const updateSchema = z.strictObject({ display_name: str(1000).optional(), address: address.optional(), metadata: metadata().optional(), expand: expand() });
const tokenSchema = z.strictObject({ location: str().optional(), expand: expand() });
const listSchema = z.strictObject(listShape);
const retrieveSchema = z.strictObject({ expand: expand() });

function requireLocation(ctx: HandlerContext, id: string, param = 'id'): Stripe.Terminal.Location {
  const location = ctx.state.store.table('terminal.location').get(id);
  if (!location) throw resourceMissing('terminal.location', id, param);
  return location;
}

function fullAddress(a: z.output<typeof address>): Stripe.Address {
  return { city: a.city ?? null, country: a.country, line1: a.line1 ?? null, line2: a.line2 ?? null, postal_code: a.postal_code ?? null, state: a.state ?? null };
}

function createToken(ctx: HandlerContext): Stripe.Terminal.ConnectionToken {
  const p = parseParams(tokenSchema, ctx.params);
  if (p.location !== undefined) requireLocation(ctx, p.location, 'location');
  return { object: 'terminal.connection_token', ...(p.location !== undefined && { location: p.location }), secret: ids.connectionTokenSecret() };
}

function createLocation(ctx: HandlerContext): Stripe.Terminal.Location {
  const p = parseParams(locationSchema, ctx.params);
  const location: Stripe.Terminal.Location = {
    id: ids.location(),
    object: 'terminal.location',
    address: fullAddress(p.address),
    ...(p.configuration_overrides !== undefined && { configuration_overrides: p.configuration_overrides }),
    display_name: p.display_name,
    livemode: false,
    metadata: mergeMetadata({}, p.metadata),
    ...(p.phone !== undefined && { phone: p.phone }),
  };
  ctx.state.store.table('terminal.location').insert(location, ctx.state.clock.now());
  return present(ctx.state, 'terminal.location', location, p.expand);
}

function updateLocation(ctx: HandlerContext): Stripe.Terminal.Location {
  const location = requireLocation(ctx, pathParam(ctx, 'id'));
  const p = parseParams(updateSchema, ctx.params);
  if (p.display_name !== undefined) location.display_name = p.display_name;
  if (p.address !== undefined) location.address = fullAddress(p.address);
  location.metadata = mergeMetadata(location.metadata, p.metadata);
  return present(ctx.state, 'terminal.location', location, p.expand);
}

function retrieveLocation(ctx: HandlerContext): Stripe.Terminal.Location {
  const p = parseParams(retrieveSchema, ctx.params);
  return present(ctx.state, 'terminal.location', requireLocation(ctx, pathParam(ctx, 'id')), p.expand);
}

function listLocations(ctx: HandlerContext): Stripe.ApiList<Stripe.Terminal.Location> {
  const p = parseParams(listSchema, ctx.params);
  const ordered = ctx.state.store.table('terminal.location').all();
  return presentList(ctx.state, 'terminal.location', paginate(ordered, ordered, p, '/v1/terminal/locations', 'terminal.location'), p.expand);
}

function deleteLocation(ctx: HandlerContext): Stripe.Terminal.DeletedLocation {
  const location = requireLocation(ctx, pathParam(ctx, 'id'));
  ctx.state.store.table('terminal.location').delete(location.id);
  return { id: location.id, object: 'terminal.location', deleted: true };
}

export const terminalRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/terminal/connection_tokens', handler: createToken },
  { method: 'POST', pattern: '/v1/terminal/locations', handler: createLocation },
  { method: 'GET', pattern: '/v1/terminal/locations', handler: listLocations },
  { method: 'GET', pattern: '/v1/terminal/locations/:id', handler: retrieveLocation },
  { method: 'POST', pattern: '/v1/terminal/locations/:id', handler: updateLocation },
  { method: 'DELETE', pattern: '/v1/terminal/locations/:id', handler: deleteLocation },
];
