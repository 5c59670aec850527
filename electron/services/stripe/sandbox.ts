import { startStripeEmulator, type RunningEmulator } from '../../stripe-emulator';
import type { SandboxEndpoint } from './stripe-account';

/** The key sandbox mode uses: the emulator accepts any test key; this one says what it is. */
export const SANDBOX_SECRET_KEY = 'sk_test_referral_pos_sandbox';

export interface EmbeddedSandbox extends SandboxEndpoint {
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** 0 (default) picks a free port */
  port?: number;
  /** where the sandbox account is kept across restarts; omitted: a fresh account every start */
  stateFile?: string;
}

/**
 * Sandbox mode's Stripe: the emulator, embedded on a loopback port and started on first use (a
 * counter that never syncs never starts it). Its account is kept in a file, so that the ids the
 * local store holds still exist after a restart.
 */
export function embeddedSandbox(options: SandboxOptions = {}): EmbeddedSandbox {
  const start = () => startStripeEmulator({ port: options.port ?? 0, ...(options.stateFile && { stateFile: options.stateFile }) });
  // a fixed port is asked for to be reached from outside (tests, benchmarks): listen at once
  let running: Promise<RunningEmulator> | null = options.port ? start() : null;
  return {
    async connection() {
      running ??= start();
      const emulator = await running;
      return { secretKey: SANDBOX_SECRET_KEY, endpoint: { host: '127.0.0.1', port: emulator.port, protocol: 'http' } };
    },
    async close() {
      if (running) await (await running).close();
    },
  };
}
