import { z } from 'zod';
import { invalidParam } from './errors';
import type { FormObject, FormValue } from './form-decoding';

/**
 * Parameter schemas for Stripe's form dialect (every leaf arrives as a string) and the mapping of
 * zod's findings to Stripe's errors: unknown → `parameter_unknown`, absent → `parameter_missing`,
 * bad integers → `parameter_invalid_integer`, "" where a value cannot be unset →
 * `parameter_invalid_empty`. Messages may hold `{param}`, replaced by the bracketed parameter name.
 */
type Issue = z.core.$ZodIssue;

function fail(ctx: { issues: unknown[] }, input: unknown, message: string, code?: string): never {
  (ctx.issues as object[]).push({ code: 'custom', message, input, params: code ? { stripeCode: code } : {} });
  return z.NEVER;
}

const emptyMessage =
  "You passed an empty string for '{param}'. We assume empty values are an attempt to unset a parameter; however '{param}' cannot be unset. You should remove '{param}' from your request or supply a non-empty value.";

/** A required-when-present string: "" is refused as Stripe does for fields that cannot be unset. */
export const str = (max = 5000) =>
  z.string().transform((s, ctx) => {
    if (s === '') return fail(ctx, s, emptyMessage, 'parameter_invalid_empty');
    if (s.length > max) return fail(ctx, s, `Invalid {param}: must be at most ${max} characters`);
    return s;
  });

/** A string that "" unsets: parsed as null. */
export const emptyableStr = (max = 5000) => z.string().transform((s, ctx) => (s === '' ? null : s.length > max ? fail(ctx, s, `Invalid {param}: must be at most ${max} characters`) : s));

export const int = (min = -Infinity, max = Infinity) =>
  z.string().transform((s, ctx) => {
    if (!/^-?\d+$/.test(s)) return fail(ctx, s, `Invalid integer: ${s}`, 'parameter_invalid_integer');
    const n = Number(s);
    if (n < min) return fail(ctx, s, `Invalid {param}: must be greater than or equal to ${min}`);
    if (n > max) return fail(ctx, s, `Invalid {param}: must be less than or equal to ${max}`);
    return n;
  });

export const decimal = () =>
  z.string().transform((s, ctx) => (/^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : fail(ctx, s, `Invalid decimal: ${s}`)));

export const bool = () =>
  z.string().transform((s, ctx) => (s === 'true' ? true : s === 'false' ? false : fail(ctx, s, `Invalid boolean: ${s}`)));

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s, ctx): T[number] => {
    if ((values as readonly string[]).includes(s)) return s;
    const list = values.length > 1 ? `${values.slice(0, -1).join(', ')}, or ${values.at(-1)}` : values[0];
    return fail(ctx, s, `Invalid {param}: must be one of ${list}`);
  });

export const currency = () =>
  z.string().transform((s, ctx) => (/^[a-zA-Z]{3}$/.test(s) ? s.toLowerCase() : fail(ctx, s, `Invalid currency: ${s.toLowerCase()}.`)));

/** Indexed keys (`a[0]`, `a[]`) become an array; "" is an empty array when `emptyable`. */
export const array = <T extends z.ZodType>(item: T, options: { emptyable?: boolean; max?: number } = {}) => {
  const max = options.max ?? 1000;
  return z.preprocess((value: unknown) => {
    if (value === '' && options.emptyable) return [];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.every((k) => /^\d+$/.test(k))) return keys.sort((a, b) => Number(a) - Number(b)).map((k) => (value as FormObject)[k]);
    }
    return value;
  }, z.array(item, { error: 'Invalid array' }).max(max, { error: `Invalid {param}: must have at most ${max} elements` }));
};

/** Metadata: null clears every key; a "" value unsets one key. */
export const metadata = () =>
  z.union([z.literal('').transform(() => null), z.record(z.string(), z.string())]).transform((m, ctx) => {
    if (m === null) return null;
    const keys = Object.keys(m);
    if (keys.length > 50) return fail(ctx, m, 'Invalid {param}: at most 50 keys are allowed');
    if (keys.some((k) => /[[\]]/.test(k))) return fail(ctx, m, 'Invalid {param}: keys cannot contain square brackets');
    if (keys.some((k) => k.length > 40)) return fail(ctx, m, 'Invalid {param}: keys must be at most 40 characters');
    if (keys.some((k) => (m[k] ?? '').length > 500)) return fail(ctx, m, 'Invalid {param}: values must be at most 500 characters');
    return { ...m };
  });

export const expand = () => array(z.string()).optional();

export const rangeQuery = () =>
  z.union([int(), z.strictObject({ gt: int().optional(), gte: int().optional(), lt: int().optional(), lte: int().optional() })]);

/** Parses a request's parameters or throws the Stripe error for the first problem found. */
export function parseParams<S extends z.ZodType>(schema: S, params: FormObject): z.output<S> {
  const result = schema.safeParse(params, { reportInput: true });
  if (result.success) return result.data;
  throw toStripeError(result.error.issues);
}

function toStripeError(issues: readonly Issue[]): Error {
  const unknown = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown && unknown.code === 'unrecognized_keys') {
    const names = unknown.keys.map((key) => paramName([...unknown.path, key]));
    const message = names.length === 1 ? `Received unknown parameter: ${names[0]}` : `Received unknown parameters: ${names.join(', ')}`;
    return invalidParam(message, names[0] ?? '', 'parameter_unknown');
  }
  const missing = issues.find((i) => i.code === 'invalid_type' && i.input === undefined);
  if (missing) {
    const name = paramName(missing.path);
    return invalidParam(`Missing required param: ${name}.`, name, 'parameter_missing');
  }
  const first = issues[0];
  const name = paramName(first?.path ?? []);
  if (!first) return invalidParam('Invalid request', name);
  if (first.code === 'custom') {
    const code = (first.params as { stripeCode?: string } | undefined)?.stripeCode;
    return invalidParam(first.message.replaceAll('{param}', name), name, code);
  }
  if (first.code === 'invalid_type') return invalidParam(`Invalid ${first.expected === 'object' || first.expected === 'record' ? 'hash' : first.expected}`, name);
  return invalidParam(first.message.replaceAll('{param}', name), name);
}

function paramName(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ''}${rest.map((segment) => `[${segment}]`).join('')}`;
}

/** Applies a metadata patch as Stripe does: null clears, "" removes a key. */
export function mergeMetadata(current: Record<string, string>, patch: Record<string, string> | null | undefined): Record<string, string> {
  if (patch === undefined) return current;
  if (patch === null) return {};
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

export type { FormValue };
