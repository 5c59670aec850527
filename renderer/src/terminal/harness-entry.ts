/**
 * terminal-harness.html: both card readers in a real page under the app's content security policy,
 * for test/e2e/terminal-sdk.spec.ts (which serves a stand-in for js.stripe.com/terminal/v1). The
 * bridge is replaced by an in-page PosApi; `?mode=test|live|sandbox` sets the Stripe mode.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { stripeModeSchema } from '../../../shared/api/contract';
import type { ReaderStatus } from './card-reader';
import { HarnessPage } from './HarnessPage';
import { harnessApi } from './harness-api';
import { SimulatedReader } from './simulated-reader';
import { StripeTerminalReader } from './stripe-terminal';

/** What a test reaches through `window.terminalHarness`. */
export interface TerminalHarness {
  sdkReader: StripeTerminalReader;
  simulated: SimulatedReader;
  /** every status the SDK reader went through, in order */
  sdkStates: ReaderStatus[];
  /** the in-page PosApi's calls, in order */
  apiCalls: string[];
}

declare global {
  interface Window {
    terminalHarness?: TerminalHarness;
  }
}

const mode = stripeModeSchema.catch('test').parse(new URLSearchParams(location.search).get('mode'));
const apiCalls: string[] = [];
const api = harnessApi(apiCalls);
const shopLocation = { displayName: 'Harness counter', address: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US', state: 'IL' } };
const sdkReader = new StripeTerminalReader({ api, stripe: { mode, connected: mode !== 'sandbox' }, location: shopLocation, timeouts: { cardMs: 5_000, processMs: 5_000 } });
const simulated = new SimulatedReader({ api, timing: { discoverMs: 0, connectMs: 0, readMs: 0 } });
const sdkStates: ReaderStatus[] = [];
sdkReader.subscribe((state) => sdkStates.push(state.status));
window.terminalHarness = { sdkReader, simulated, sdkStates, apiCalls };

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(HarnessPage, { sdkReader, simulated }));
