/**
 * Fault injection: rules matched against each API request (method and path), applied to the next
 * `times` matches or with a `probability` drawn from a seeded generator, so tests are repeatable.
 * Every matching `latency` rule adds its delay; of the other rules, the first that fires decides.
 */
export type FaultAction =
  /** answer after this delay (the request counts as in flight meanwhile) */
  | { kind: 'latency'; ms: number }
  /** an `api_error`; `replayable` saves it under the idempotency key, as Stripe does for 500s once an endpoint ran */
  | { kind: 'error'; status?: 500 | 502 | 503 | 504; replayable?: boolean }
  /** a 429 `rate_limit` regardless of the limiter, optionally with a Retry-After header */
  | { kind: 'rate_limit'; retryAfterSeconds?: number }
  /** never answer; `commit` first runs the request (and saves its response under the key) */
  | { kind: 'timeout'; commit?: boolean }
  /** answer 200 with a body that is not JSON; `commit` (default true) runs the request first */
  | { kind: 'malformed'; commit?: boolean }
  /** destroy the socket without answering; `commit` runs the request (and saves its response) first */
  | { kind: 'drop'; commit?: boolean };

export interface FaultRule {
  /** HTTP method to match; any when omitted */
  method?: string;
  /**
   * Path to match: exact, or a pattern where `*` matches within one segment and `**` across
   * segments (`/v1/invoices/*\/finalize`); a RegExp in-process. Any path when omitted.
   */
  path?: string | RegExp;
  /** apply to the next N matching requests only */
  times?: number;
  /** chance (0..1) that a matching request is affected */
  probability?: number;
  /**
   * fire on the first N requests of every idempotency key (requests without a key do not match):
   * "every request fails N times, then its retry gets through"
   */
  perKey?: number;
  /**
   * match only requests whose form body, decoded, contains this text (a test's unique email, say):
   * tests sharing one emulator then fault only their own requests
   */
  bodyIncludes?: string;
  action: FaultAction;
}

export interface ActiveFault extends Omit<FaultRule, 'path'> {
  id: string;
  path?: string;
  /** how many requests this rule affected so far */
  hits: number;
}

export interface FaultControls {
  /** adds a rule; returns its id */
  add(rule: FaultRule): string;
  remove(id: string): void;
  clear(): void;
  list(): ActiveFault[];
  /** restarts the random generator used by `probability` rules */
  seed(seed: number): void;
}

export interface FaultDecision {
  latencyMs: number;
  action: Exclude<FaultAction, { kind: 'latency' }> | null;
}

interface Rule extends FaultRule {
  id: string;
  hits: number;
  matcher: (path: string) => boolean;
  /** requests seen per idempotency key, for `perKey` rules */
  seenKeys: Map<string, number>;
}

/** Counts the key's request; true while it is among the rule's first `perKey` for that key. */
function firstRequestsOfKey(rule: Rule, key: string | null): boolean {
  if (key === null) return false;
  const seen = (rule.seenKeys.get(key) ?? 0) + 1;
  rule.seenKeys.set(key, seen);
  return seen <= rule.perKey!;
}

/** mulberry32: a small, seedable generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pathMatcher(path: string | RegExp | undefined): (path: string) => boolean {
  if (path === undefined) return () => true;
  if (path instanceof RegExp) return (candidate) => path.test(candidate);
  if (!path.includes('*')) return (candidate) => candidate === path;
  const source = path
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (candidate) => regex.test(candidate);
}

function rulesReadBodies(rules: Rule[]): boolean {
  return rules.some((rule) => rule.bodyIncludes !== undefined);
}

function decodedForm(body: string): string {
  try {
    return decodeURIComponent(body.replace(/\+/g, ' '));
  } catch {
    return body;
  }
}

export class FaultInjector implements FaultControls {
  private rules: Rule[] = [];
  private nextId = 1;
  private random: () => number;

  constructor(private initialSeed = 1) {
    this.random = generator(initialSeed);
  }

  add(rule: FaultRule): string {
    if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) throw new Error('probability must be between 0 and 1');
    if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0)) throw new Error('times must be a positive integer');
    if (rule.perKey !== undefined && !(Number.isInteger(rule.perKey) && rule.perKey > 0)) throw new Error('perKey must be a positive integer');
    const id = `fault_${this.nextId++}`;
    this.rules.push({ ...rule, id, hits: 0, matcher: pathMatcher(rule.path), seenKeys: new Map() });
    return id;
  }

  remove(id: string): void {
    this.rules = this.rules.filter((rule) => rule.id !== id);
  }

  clear(): void {
    this.rules = [];
  }

  seed(seed: number): void {
    this.initialSeed = seed;
    this.random = generator(seed);
  }

  list(): ActiveFault[] {
    return this.rules.map(({ matcher: _matcher, seenKeys: _seen, path, ...rest }) => ({ ...rest, ...(path !== undefined && { path: String(path) }) }));
  }

  /** Decides the faults of one request, consuming counted rules that fire. */
  take(method: string, path: string, idempotencyKey: string | null = null, body = ''): FaultDecision {
    let latencyMs = 0;
    let action: FaultDecision['action'] = null;
    const text = rulesReadBodies(this.rules) ? decodedForm(body) : '';
    for (const rule of this.rules) {
      if ((rule.method !== undefined && rule.method.toUpperCase() !== method) || !rule.matcher(path)) continue;
      if (rule.bodyIncludes !== undefined && !text.includes(rule.bodyIncludes)) continue;
      if (rule.action.kind !== 'latency' && action) continue;
      if (rule.perKey !== undefined && !firstRequestsOfKey(rule, idempotencyKey)) continue;
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.hits += 1;
      if (rule.times !== undefined) rule.times -= 1;
      if (rule.action.kind === 'latency') latencyMs += rule.action.ms;
      else action = rule.action;
    }
    this.rules = this.rules.filter((rule) => rule.times === undefined || rule.times > 0);
    return { latencyMs, action };
  }

  reset(): void {
    this.clear();
    this.random = generator(this.initialSeed);
  }
}
