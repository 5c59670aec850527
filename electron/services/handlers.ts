import type { ApiHandlers } from '../../shared/api/contract';
import { appInfo, type AppInfoSource } from './app-info';

export type ServiceContext = AppInfoSource;

/** Every contract call, implemented once for both hosts. */
export function createHandlers(context: ServiceContext): ApiHandlers {
  return {
    'app:getInfo': async () => appInfo(context),
  };
}
