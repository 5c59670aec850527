/**
 * The part of Stripe Terminal's JS SDK this app uses, as @stripe/terminal-js 0.26 declares it
 * (types/terminal.d.ts), narrowed to the fields read here. Written out rather than imported:
 * those declarations pull in stripe-node 8's ambient `declare module 'stripe'`, which overrides
 * stripe-node 23's types in any program that also compiles the main process (tsconfig.test.json).
 * Every call answers a value or `{ error }`: narrow with `'error' in result`.
 */

/** `ExposedError` */
export interface SdkError {
  type?: string;
  request_id?: string;
  code?: string;
  message: string;
  decline_code?: string;
  payment_intent?: unknown;
}

export interface ErrorResponse {
  error: SdkError;
}

/** `Reader` (a Stripe Terminal Reader object) */
export interface SdkReader {
  id: string;
  label?: string | null;
  serial_number?: string;
  device_type?: string;
  status?: string | null;
}

/** `IPaymentIntent`: the charge shape differs by API version, so it stays `unknown` */
export interface SdkPaymentIntent {
  id: string;
  status: string;
  latest_charge?: unknown;
  charges?: unknown;
}

/** `ISdkManagedPaymentIntent`: what collectPaymentMethod hands to processPayment */
export interface SdkManagedPaymentIntent extends SdkPaymentIntent {
  sdk_payment_details?: { card_payment?: { card_brand?: string | null; masked_pan?: string | null } | null } | null;
}

/** `ISetReaderDisplayRequest` with a cart; amounts in minor units, currency lower case */
export interface SdkCartDisplay {
  type: 'cart';
  cart: { line_items: { description: string; amount: number; quantity: number }[]; total: number; currency: string };
}

/** `Terminal` */
export interface SdkTerminal {
  discoverReaders(config: { simulated?: boolean; location?: string }): Promise<{ discoveredReaders: SdkReader[] } | ErrorResponse>;
  connectReader(reader: SdkReader, options?: { fail_if_in_use?: boolean | null }): Promise<{ reader: SdkReader } | ErrorResponse>;
  disconnectReader(): Promise<unknown>;
  setReaderDisplay(request: SdkCartDisplay): Promise<Record<string, never> | ErrorResponse>;
  collectPaymentMethod(clientSecret: string): Promise<{ paymentIntent: SdkManagedPaymentIntent } | ErrorResponse>;
  cancelCollectPaymentMethod(): Promise<unknown>;
  processPayment(paymentIntent: SdkManagedPaymentIntent): Promise<{ paymentIntent: SdkPaymentIntent } | ErrorResponse>;
  cancelProcessPayment(): Promise<unknown>;
  setSimulatorConfiguration(config: { testPaymentMethod?: string | null }): void;
}

/** `TerminalProps` (the callbacks used) */
export interface SdkCallbacks {
  onFetchConnectionToken: () => Promise<string>;
  onUnexpectedReaderDisconnect?: (event: { error?: SdkError }) => void;
}

/** `StripeTerminal`, the global the script at js.stripe.com/terminal/v1 defines */
export interface StripeTerminalSdk {
  create(props: SdkCallbacks): SdkTerminal;
}
