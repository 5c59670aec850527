/**
 * Referral links (a QR code may carry one): which links belong to us, and the code they carry.
 * Pure string work, linear in the link's length.
 */

/** Anchored and without nested quantifiers: one linear pass over the text. */
const LINK = /^(https?):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/i;
const PLACEHOLDER = '{code}';
const GENERIC_CODE_PARAMETERS = ['ref', 'code', 'referral'] as const;

export interface Link {
  scheme: string;
  host: string;
  /** raw (still percent-encoded), non-empty path segments */
  segments: string[];
  /** decoded values by lower-case name; the first occurrence wins */
  query: Map<string, string>;
}

/** The parts of an http(s) link, or null when the text is no link. */
export function parseLink(text: string): Link | null {
  const match = LINK.exec(text);
  if (match === null) return null;
  const [, scheme = '', authority = '', path = '', query = ''] = match;
  return {
    scheme: scheme.toLowerCase(),
    host: authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '').toLowerCase(),
    segments: path.split('/').filter((segment) => segment !== ''),
    query: parseQuery(query),
  };
}

function parseQuery(query: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const name = decode(equals < 0 ? pair : pair.slice(0, equals), true).toLowerCase();
    if (!parameters.has(name)) parameters.set(name, equals < 0 ? '' : decode(pair.slice(equals + 1), true));
  }
  return parameters;
}

/** Malformed percent-escapes are kept as typed: the `%` is then reported as a foreign character. */
function decode(text: string, plusIsSpace: boolean): string {
  try {
    return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, ' ') : text);
  } catch {
    return text;
  }
}

/** An empty code part (`?ref=`) counts as no code: the link is then just a link. */
export function codeFromLink(link: Link, templates: readonly string[]): string | null {
  for (const template of templates) {
    const code = codeFromTemplate(link, template);
    if (code) return code;
  }
  for (const name of GENERIC_CODE_PARAMETERS) {
    const code = link.query.get(name);
    if (code) return code;
  }
  return null;
}

/**
 * Literal parts compare case-insensitively: QR codes in alphanumeric mode carry whole links in upper
 * case (`HTTPS://EXAMPLE.SHOP/R/K7QM…`), and codes themselves are case-insensitive.
 */
function codeFromTemplate(link: Link, template: string): string | null {
  const pattern = parseLink(template);
  if (pattern === null || pattern.scheme !== link.scheme || pattern.host !== link.host) return null;
  for (const [name, value] of pattern.query) {
    if (!value.includes(PLACEHOLDER)) continue;
    const actual = link.query.get(name);
    if (actual === undefined || !sameSegments(pattern.segments, link.segments)) return null;
    return unwrap(value, actual);
  }
  if (pattern.segments.length !== link.segments.length) return null;
  const at = pattern.segments.findIndex((segment) => segment.includes(PLACEHOLDER));
  const withoutCode = (segments: string[]) => segments.filter((_, index) => index !== at);
  if (at < 0 || !sameSegments(withoutCode(pattern.segments), withoutCode(link.segments))) return null;
  const code = unwrap(pattern.segments[at] ?? '', link.segments[at] ?? '');
  return code === null ? null : decode(code, false);
}

function sameSegments(expected: readonly string[], actual: readonly string[]): boolean {
  return expected.length === actual.length && expected.every((segment, index) => equalIgnoringCase(segment, actual[index] ?? ''));
}

/** The part of `actual` where `pattern` (e.g. `ref-{code}`) has its placeholder, or null. */
function unwrap(pattern: string, actual: string): string | null {
  const at = pattern.indexOf(PLACEHOLDER);
  const before = pattern.slice(0, at);
  const after = pattern.slice(at + PLACEHOLDER.length);
  if (actual.length < before.length + after.length) return null;
  const head = actual.slice(0, before.length);
  const tail = actual.slice(actual.length - after.length);
  if (!equalIgnoringCase(head, before) || !equalIgnoringCase(tail, after)) return null;
  return actual.slice(before.length, actual.length - after.length);
}

function equalIgnoringCase(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
