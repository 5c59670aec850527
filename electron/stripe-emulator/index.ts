import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { adminHandler, completeCheckout, inspect } from './admin';
import { ApiKeys, type KeyAccess } from './api-keys';
import { API_VERSION } from './api-version';
import { Clock } from './clock';
import type { EmulatorState } from './context';
import { FaultInjector, type FaultControls } from './faults';
import { send } from './http-io';
import { IdempotencyLayer } from './idempotency';
import { RateLimiter } from './rate-limit';
import { present } from './render';
import { RequestLog, type LoggedRequest } from './request-log';
import { defaultAccount, type EmulatorAccount } from './resources/account';
import { ROUTES } from './routes';
import { createHandler } from './server';
import { loadStateFile, stateSaver } from './state-file';
import { Store, type Kind, type Records } from './store';

export { API_VERSION } from './api-version';
export type { ActiveFault, FaultAction, FaultControls, FaultRule } from './faults';
export type { LoggedRequest } from './request-log';
export type { KeyAccess } from './api-keys';
export type { EmulatorAccount } from './resources/account';
export type { Kind, Records } from './store';

export interface StripeEmulatorOptions {
  /** 0 (default) picks a free port */
  port?: number;
  /** loopback by default */
  host?: string;
  /** Stripe's test-mode limit by default (25); 0 or Infinity turns the limiter off */
  rateLimitPerSecond?: number;
  /** seed of the generator behind `probability` fault rules (default 1) */
  seed?: number;
  /** serve `/__admin/*` over HTTP (default true); in-process controls work regardless */
  adminHttp?: boolean;
  /** keep the account (objects and idempotency keys) in this file across restarts: sandbox mode */
  stateFile?: string;
}

/** Read-only views of what the emulator holds, as the API would show it. */
export interface EmulatorInspection {
  list<K extends Kind>(kind: K): Records[K][];
  get(id: string): unknown;
  /** API requests seen since the last reset, oldest first */
  requests(): LoggedRequest[];
}

export interface RunningEmulator {
  /** e.g. `http://127.0.0.1:12111` */
  url: string;
  host: string;
  port: number;
  faults: FaultControls;
  store: EmulatorInspection;
  clock: { now(): number; advance(seconds: number): void };
  setRateLimit(perSecond: number): void;
  /** the account's keys as the Dashboard manages them: revoke (delete or roll) one, or give a restricted key its permissions */
  keys: { revoke(key: string): void; restrict(key: string, permissions: Record<string, KeyAccess>): void };
  /** changes how the account describes itself (GET /v1/account) */
  setAccount(patch: Partial<Omit<EmulatorAccount, 'id'>>): void;
  /** what a customer paying on the hosted page would cause */
  completeCheckoutSession(id: string): void;
  /** forgets every object, event, idempotency key, fault rule, request and clock offset */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts a local server speaking Stripe's v1 REST dialect (the endpoints Referral POS uses), in
 * the API version stripe-node 23.1.0 pins. It implements Stripe's documented rules on its own and
 * shares no code with the app's domain: it is the referee the app's verdicts are checked against.
 */
export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const clock = new Clock();
  const state: EmulatorState = { store: new Store(), clock, baseUrl: '', account: defaultAccount(), keys: new ApiKeys() };
  const faults = new FaultInjector(options.seed ?? 1);
  const limiter = new RateLimiter(options.rateLimitPerSecond ?? 25);
  const idempotency = new IdempotencyLayer(() => clock.nowMs());
  const log = new RequestLog();
  const reset = () => {
    state.store.reset();
    faults.reset();
    limiter.reset();
    idempotency.reset();
    log.reset();
    clock.reset();
    state.keys.reset();
    state.account = defaultAccount();
  };
  const admin = options.adminHttp === false
    ? (_req: unknown, res: Parameters<typeof send>[0]) => send(res, 404, JSON.stringify({ error: 'admin endpoints are disabled' }), {})
    : adminHandler({ state, faults, limiter, log, clock, reset });
  if (options.stateFile) loadStateFile(options.stateFile, state.store, idempotency);
  const saver = options.stateFile ? stateSaver(options.stateFile, state.store, idempotency) : null;
  const handler = createHandler({ state, faults, limiter, idempotency, log, admin }, ROUTES);
  const server = createServer((req, res) => {
    if (saver && req.method !== 'GET') res.once('close', () => saver.changed());
    handler(req, res);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  state.baseUrl = url;
  return {
    url,
    host,
    port,
    faults,
    store: {
      list: (kind) => inspect(state, kind) as never,
      get: (id) => {
        const found = state.store.find(id);
        return found && present(state, found.kind, found.value as never);
      },
      requests: () => log.all(),
    },
    clock: { now: () => clock.now(), advance: (seconds) => clock.advance(seconds) },
    setRateLimit: (perSecond) => limiter.setLimit(perSecond),
    keys: { revoke: (key) => state.keys.revoke(key), restrict: (key, permissions) => state.keys.restrict(key, permissions) },
    setAccount: (patch) => void (state.account = { ...state.account, ...patch }),
    completeCheckoutSession: (id) => void completeCheckout(state, id),
    reset,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await saver?.flush();
    },
  };
}

export interface EmulatorClientOptions {
  apiKey?: string;
  /** ms; stripe-node's 80 s default is long for tests of held requests */
  timeout?: number;
  maxNetworkRetries?: number;
}

/** A stripe-node client pointed at the emulator, pinned to the emulator's API version. */
export function createEmulatorClient(emulator: { host: string; port: number }, options: EmulatorClientOptions = {}): Stripe {
  return new Stripe(options.apiKey ?? 'sk_test_emulator', {
    apiVersion: API_VERSION,
    host: emulator.host,
    port: emulator.port,
    protocol: 'http',
    maxNetworkRetries: options.maxNetworkRetries ?? 0,
    timeout: options.timeout ?? 10_000,
    telemetry: false,
  });
}
