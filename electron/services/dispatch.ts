import { z } from 'zod';
import { CONTRACT, isApiCallName, type ApiHandlers, type ApiResult } from '../../shared/api/contract';
import { ServiceError } from './service-error';

/**
 * The single entry both hosts use: parse the arguments with the contract's schema, run the handler,
 * and turn every outcome into an ApiResult. Nothing thrown crosses a host boundary as a stack.
 */
export async function dispatch(handlers: ApiHandlers, name: string, rawArgs: unknown): Promise<ApiResult<unknown>> {
  if (!isApiCallName(name)) return failure('unknown_call', `There is no call named “${name}”.`);
  const parsed = CONTRACT[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) return failure('invalid_arguments', describeIssues(name, parsed.error));
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message, ...(error.stripe && { stripe: error.stripe }) } };
    console.error(`[services] ${name} failed`, error);
    return failure('internal_error', `${name} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failure(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(name: string, error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`);
  return `Invalid arguments for ${name}: ${issues.join('; ')}`;
}
