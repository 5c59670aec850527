/**
 * What a Stripe API key must look like before the app sends it to Stripe: a secret (`sk_`) or
 * restricted (`rk_`) key of test or live mode, then Stripe's id characters. Publishable keys and
 * webhook secrets are refused with a word on what they are, so a manager knows which key to copy.
 * Messages never repeat the key.
 */
export type StripeKeyMode = 'test' | 'live';
export type StripeKeyKind = 'secret' | 'restricted';

export type StripeKeyCheck =
  | { ok: true; key: string; mode: StripeKeyMode; kind: StripeKeyKind }
  | { ok: false; message: string };

const PREFIX = /^(sk|rk)_(test|live)_/;
/** Stripe's keys carry at least 24 id characters; fewer means a truncated copy. */
const MIN_ID_LENGTH = 16;
const MAX_LENGTH = 255;
const COPY_AGAIN = 'Copy it again from the Stripe Dashboard (Developers → API keys).';

export function checkStripeKey(input: string): StripeKeyCheck {
  // pasting often brings a newline or spaces at either end; never inside
  const key = input.trim();
  if (key === '') return { ok: false, message: 'Enter a Stripe secret key (sk_…) or restricted key (rk_…).' };
  if (/^pk_/.test(key)) return { ok: false, message: 'That is a publishable key (pk_…): the app needs a secret key (sk_…) or a restricted key (rk_…).' };
  if (/^whsec_/.test(key)) return { ok: false, message: 'That is a webhook signing secret (whsec_…): the app needs a secret key (sk_…) or a restricted key (rk_…).' };
  const prefix = PREFIX.exec(key);
  if (!prefix) return { ok: false, message: 'A Stripe key starts with sk_test_, sk_live_, rk_test_ or rk_live_.' };
  if (key.length > MAX_LENGTH) return { ok: false, message: `That is longer than any Stripe key (more than ${MAX_LENGTH} characters). ${COPY_AGAIN}` };
  const id = key.slice(prefix[0].length);
  if (/\s/.test(id)) return { ok: false, message: `The key contains a space or line break. ${COPY_AGAIN}` };
  if (!/^[A-Za-z0-9]*$/.test(id)) return { ok: false, message: `After ${prefix[0]} a Stripe key has only letters and digits. ${COPY_AGAIN}` };
  if (id.length < MIN_ID_LENGTH) return { ok: false, message: `The key is too short: it looks cut off. ${COPY_AGAIN}` };
  return { ok: true, key, mode: prefix[2] as StripeKeyMode, kind: prefix[1] === 'sk' ? 'secret' : 'restricted' };
}

/** The mode a stored key is for; the app never stores a key that failed `checkStripeKey`. */
export function stripeKeyMode(key: string): StripeKeyMode {
  return /^(sk|rk)_live_/.test(key) ? 'live' : 'test';
}
