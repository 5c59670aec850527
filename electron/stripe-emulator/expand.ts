import { invalidRequest } from './errors';

type Resolve = (id: string) => unknown;

/**
 * Stripe's `expand[]`: dotted paths whose last segment is an id field, replaced in place by the
 * object it names; `data` steps into lists. An expansion path naming no field fails like Stripe.
 */
export function applyExpand(root: unknown, paths: readonly string[], resolve: Resolve): void {
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > 4) throw invalidRequest(`You cannot expand more than 4 levels of a property (${path}).`, { param: 'expand' });
    walk(root, segments, path, resolve);
  }
}

function walk(node: unknown, segments: readonly string[], path: string, resolve: Resolve): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, segments, path, resolve);
    return;
  }
  const record = node as Record<string, unknown>;
  const [field, ...rest] = segments;
  if (field === undefined) return;
  if (record['object'] === 'list' && field === 'data') {
    walk(record['data'], rest, path, resolve);
    return;
  }
  if (!(field in record)) throw invalidRequest(`This property cannot be expanded (${path}).`, { param: 'expand' });
  const expanded = expandValue(record[field], resolve);
  record[field] = expanded;
  if (rest.length > 0) walk(expanded, rest, path, resolve);
}

function expandValue(value: unknown, resolve: Resolve): unknown {
  if (typeof value === 'string') return resolve(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? (resolve(item) ?? item) : item));
  return value;
}
