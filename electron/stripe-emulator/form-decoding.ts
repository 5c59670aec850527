/**
 * Stripe's form dialect: `a[b][0][c]=v` and `list[]=v`, in bodies
 * (application/x-www-form-urlencoded) and query strings alike. The decoded tree holds only strings
 * and plain objects; indexed keys stay object keys until a schema asks for an array (see
 * `params.ts`), so `metadata[0]=x` remains a metadata key as Stripe treats it.
 */
export type FormValue = string | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

/** Throws MalformedKey for a key whose brackets do not pair up (e.g. a `[` inside a metadata key). */
export function decodeForm(text: string): FormObject {
  const root: FormObject = Object.create(null) as FormObject;
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const segments = keySegments(rawKey);
    if (!segments) throw new MalformedKey(rawKey);
    assign(root, segments, value);
  }
  return root;
}

export class MalformedKey extends Error {
  constructor(readonly key: string) {
    super(`Invalid parameter name: ${key}`);
  }
}

/** `a[b][]` → ['a', 'b', ''] (an empty segment appends); null for a key that is not well formed. */
function keySegments(key: string): string[] | null {
  const open = key.indexOf('[');
  if (open === -1) return key === '' ? null : [key];
  const head = key.slice(0, open);
  if (head === '') return null;
  const segments = [head];
  const rest = key.slice(open);
  const pattern = /\[([^[\]]*)\]/gy;
  let consumed = 0;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    segments.push(match[1] ?? '');
    consumed = pattern.lastIndex;
  }
  return consumed === rest.length ? segments : null;
}

function assign(root: FormObject, segments: string[], value: string): void {
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const last = i === segments.length - 1;
    let segment = segments[i] ?? '';
    if (segment === '') segment = String(Object.keys(node).length);
    if (last) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (typeof next === 'object') {
      node = next;
    } else {
      const child: FormObject = Object.create(null) as FormObject;
      node[segment] = child;
      node = child;
    }
  }
}

/** A canonical text of a decoded tree, for comparing the parameters of two requests. */
export function canonicalForm(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalForm(value[key] ?? '')}`).join(',')}}`;
}
