import { API_CALL_NAMES, type ApiCallName } from '../../../shared/api/call-names';
import type { ApiResult, PosApi } from '../../../shared/api/contract';

const TOKEN_META_NAME = 'pos-bridge-token';

/** Browser mode: each call is a POST to the loopback bridge that served this page. */
export function createHttpClient(token: string, baseUrl: string = location.origin): PosApi {
  const call = async (name: ApiCallName, args: unknown): Promise<ApiResult<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pos-token': token },
        body: JSON.stringify(args),
      });
    } catch {
      return { ok: false, error: { code: 'bridge_unreachable', message: 'The background service is not answering. Is the app still running?' } };
    }
    return readResult(response);
  };
  return Object.fromEntries(API_CALL_NAMES.map((name) => [name, (args: unknown) => call(name, args)])) as PosApi;
}

async function readResult(response: Response): Promise<ApiResult<unknown>> {
  const body: unknown = await response.json().catch(() => null);
  if (isResult(body)) return body;
  return { ok: false, error: { code: 'bridge_bad_reply', message: `The background service answered ${response.status} without a result.` } };
}

function isResult(body: unknown): body is ApiResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (!('error' in body) || typeof body.error !== 'object' || body.error === null) return false;
  return 'code' in body.error && typeof body.error.code === 'string' && 'message' in body.error && typeof body.error.message === 'string';
}

/** The token the bridge wrote into this page, or null when the page did not come from a bridge. */
export function bridgeTokenOf(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? null;
}
