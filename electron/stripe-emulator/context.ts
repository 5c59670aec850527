import type { ApiKeys } from './api-keys';
import type { Clock } from './clock';
import type { FormObject } from './form-decoding';
import type { EmulatorAccount } from './resources/account';
import type { Store } from './store';

/** What the emulator keeps between requests. */
export interface EmulatorState {
  store: Store;
  clock: Clock;
  /** where the emulator listens, for the `url` fields of pay pages (Checkout, invoices, links) */
  baseUrl: string;
  /** the account every accepted key opens (GET /v1/account) */
  account: EmulatorAccount;
  /** revoked and restricted keys */
  keys: ApiKeys;
}

export interface RequestInfo {
  id: string;
  idempotencyKey: string | null;
}

export interface HandlerContext {
  state: EmulatorState;
  /** decoded body (POST) or query (GET, DELETE) */
  params: FormObject;
  /** `:name` segments of the route */
  path: Record<string, string>;
  request: RequestInfo;
}

/** Answers with the response body (HTTP 200) or throws a StripeApiError. */
export type Handler = (ctx: HandlerContext) => unknown;

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: string;
  handler: Handler;
}

export function pathParam(ctx: HandlerContext, name: string): string {
  return ctx.path[name] ?? '';
}
