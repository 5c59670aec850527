import type Stripe from 'stripe';
import { z } from 'zod';
import { resourceMissing } from './errors';
import { expand, int, rangeQuery, str } from './params';

/** The parameters every list endpoint takes. */
export const listShape = {
  limit: int(1, 100).optional(),
  starting_after: str().optional(),
  ending_before: str().optional(),
  expand: expand(),
};

export const createdShape = { created: rangeQuery().optional() };

export interface PageParams {
  limit?: number | undefined;
  starting_after?: string | undefined;
  ending_before?: string | undefined;
}

type Range = z.output<ReturnType<typeof rangeQuery>>;

export function inRange(value: number, range: Range | undefined): boolean {
  if (range === undefined) return true;
  if (typeof range === 'number') return value === range;
  return (
    (range.gt === undefined || value > range.gt) &&
    (range.gte === undefined || value >= range.gte) &&
    (range.lt === undefined || value < range.lt) &&
    (range.lte === undefined || value <= range.lte)
  );
}

/**
 * One page of a newest-first list. Cursors are positioned in `ordered` (the whole collection), so
 * a cursor that a filter excludes still marks a place, as in Stripe.
 */
export function paginate<T extends { id: string }>(
  matching: readonly T[],
  ordered: readonly { id: string }[],
  params: PageParams,
  url: string,
  label: string,
): Stripe.ApiList<T> {
  const limit = params.limit ?? 10;
  const position = new Map(ordered.map((item, index) => [item.id, index]));
  const indexOf = (id: string, param: string) => {
    const index = position.get(id);
    if (index === undefined) throw resourceMissing(label, id, param);
    return index;
  };
  let data: T[];
  let hasMore: boolean;
  if (params.starting_after !== undefined) {
    const cursor = indexOf(params.starting_after, 'starting_after');
    const after = matching.filter((item) => (position.get(item.id) ?? -1) > cursor);
    data = after.slice(0, limit);
    hasMore = after.length > limit;
  } else if (params.ending_before !== undefined) {
    const cursor = indexOf(params.ending_before, 'ending_before');
    const before = matching.filter((item) => (position.get(item.id) ?? Infinity) < cursor);
    data = before.slice(Math.max(0, before.length - limit));
    hasMore = before.length > limit;
  } else {
    data = matching.slice(0, limit);
    hasMore = matching.length > limit;
  }
  return { object: 'list', data, has_more: hasMore, url };
}
