/**
 * The names of every contract call, without their schemas: the sandboxed preload needs only these
 * and stays free of zod. contract.ts must give a schema for each (checked by `satisfies`).
 */
export const API_CALL_NAMES = [
  'app:getInfo',
  'stripe:createCoupon',
  'stripe:updateCoupon',
  'stripe:createPromotionCode',
  'stripe:setPromotionCodeActive',
  'stripe:createCustomer',
  'stripe:recordSale',
  'stripe:pullChanges',
  'terminal:createConnectionToken',
  'terminal:ensureLocation',
  'terminal:presentTestCard',
  'payments:createCardPayment',
  'payments:retrieveCardPayment',
  'payments:cancelCardPayment',
  'payments:paySale',
  'payments:voidSale',
  'payments:refundCard',
  'payments:creditCash',
  'payments:createCheckoutSession',
  'stripe:connect',
  'stripe:disconnect',
  'stripe:listCustomers',
] as const;

export type ApiCallName = (typeof API_CALL_NAMES)[number];

export function isApiCallName(name: string): name is ApiCallName {
  return (API_CALL_NAMES as readonly string[]).includes(name);
}

/** The IPC channel that carries a call; one place so preload and main cannot disagree. */
export function ipcChannelOf(name: ApiCallName): string {
  return `pos:${name}`;
}
