import type { ApiHandlers, PosApi } from '../../shared/api/contract';
import { API_CALL_NAMES } from '../../shared/api/call-names';
import { dispatch } from '../../electron/services/dispatch';

/**
 * The renderer's PosApi served in-process by the real handlers, with arguments and results passed
 * through JSON as on the real bridge: integration tests exercise the same code paths as the app.
 */
export function apiInProcess(handlers: ApiHandlers): PosApi {
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return Object.fromEntries(
    API_CALL_NAMES.map((name) => [name, async (args: unknown) => roundTrip(await dispatch(handlers, name, roundTrip(args)))]),
  ) as PosApi;
}
