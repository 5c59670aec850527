import type { IncomingMessage } from 'node:http';
import type { ApiKeys } from './api-keys';
import { authenticationFailed } from './errors';
import { header } from './http-io';

/** Any test-mode secret or restricted key (`sk_test_…`, `rk_test_…`) is accepted, unless revoked. */
const TEST_KEY = /^(sk|rk)_test_[A-Za-z0-9_]+$/;

/** Bearer auth, or Basic auth with the key as user name (as curl's `-u sk_test_…:` sends it). */
export function requireTestKey(req: IncomingMessage, keys?: ApiKeys): string {
  const authorization = header(req, 'authorization');
  const key = keyOf(authorization);
  if (key === null || key === '') throw authenticationFailed(null);
  if (!TEST_KEY.test(key) || keys?.isRevoked(key)) throw authenticationFailed(key);
  return key;
}

function keyOf(authorization: string | null): string | null {
  if (!authorization) return null;
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() === 'basic') return Buffer.from(value, 'base64').toString('utf8').split(':')[0] ?? null;
  return authorization.trim();
}
