import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-pos-token';

/** Why a request is refused before it reaches a handler, with the HTTP status that says so. */
export interface Refusal {
  status: 401 | 403;
  code: string;
  message: string;
}

/**
 * Loopback is not enough on its own: a web page in any browser on this machine can reach 127.0.0.1.
 * The Host check defeats DNS rebinding, the Origin check defeats cross-site posts, and the per-start
 * token proves the caller loaded our page.
 */
export function refuseForeignHost(req: IncomingMessage, port: number): Refusal | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return { status: 403, code: 'forbidden_host', message: `Requests must be addressed to 127.0.0.1:${port}.` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return { status: 403, code: 'forbidden_origin', message: `Calls from ${origin} are not allowed.` };
  }
  return null;
}

export function refuseMissingToken(req: IncomingMessage, token: string): Refusal | null {
  const sent = req.headers[TOKEN_HEADER];
  if (typeof sent === 'string' && sameSecret(sent, token)) return null;
  return { status: 401, code: 'missing_token', message: 'This call needs the token of the page this bridge served.' };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
