/**
 * The one contract between the renderer and the main-process services. Both hosts (Electron IPC and
 * the browser-mode HTTP bridge) serve exactly these calls, parse arguments with these schemas and
 * answer with an ApiResult; a handler never knows which host called it.
 */
import { z } from 'zod';
import type { ApiCallName } from './call-names';

export const stripeModeSchema = z.enum(['sandbox', 'test', 'live']);
export type StripeMode = z.infer<typeof stripeModeSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  stripe: z.object({ mode: stripeModeSchema, connected: z.boolean() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const noArgs = z.object({}).strict();

export const CONTRACT = {
  'app:getInfo': { args: noArgs, result: appInfoSchema },
} as const satisfies Record<ApiCallName, { args: z.ZodType; result: z.ZodType }>;

export type ArgsOf<N extends ApiCallName> = z.input<(typeof CONTRACT)[N]['args']>;
export type ResultOf<N extends ApiCallName> = z.output<(typeof CONTRACT)[N]['result']>;

/** A failure a screen can show: a stable code for logic, a message for people. */
export interface ApiError {
  code: string;
  message: string;
}

export const apiErrorSchema = z.object({ code: z.string(), message: z.string() });

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the renderer sees, whichever host serves it. */
export type PosApi = { [N in ApiCallName]: (args: ArgsOf<N>) => Promise<ApiResult<ResultOf<N>>> };

/** What the services implement: plain values out, thrown errors become ApiErrors in dispatch. */
export type ApiHandlers = { [N in ApiCallName]: (args: z.output<(typeof CONTRACT)[N]['args']>) => Promise<ResultOf<N>> };

export { API_CALL_NAMES, isApiCallName, type ApiCallName } from './call-names';
