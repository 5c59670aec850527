import { describe, expect, it } from 'vitest';
import { checkStripeKey, stripeKeyMode } from '../../../shared/domain/stripe-key';

const ID = '51CornerBakery0123456789';

describe('a Stripe key is checked before it is sent to Stripe', () => {
  it.each([
    [`sk_test_${ID}`, 'test', 'secret'],
    [`sk_live_${ID}`, 'live', 'secret'],
    [`rk_test_${ID}`, 'test', 'restricted'],
    [`rk_live_${ID}`, 'live', 'restricted'],
  ] as const)('accepts %s as a %s-mode %s key', (key, mode, kind) => {
    expect(checkStripeKey(key)).toEqual({ ok: true, key, mode, kind });
  });

  it('ignores the spaces and line break a paste brings at either end', () => {
    expect(checkStripeKey(`  sk_test_${ID}\n`)).toMatchObject({ ok: true, key: `sk_test_${ID}` });
  });

  it.each([
    ['', 'Enter a Stripe secret key (sk_…) or restricted key (rk_…).'],
    ['   ', 'Enter a Stripe secret key (sk_…) or restricted key (rk_…).'],
    [`pk_test_${ID}`, 'That is a publishable key (pk_…): the app needs a secret key (sk_…) or a restricted key (rk_…).'],
    ['whsec_abc123', 'That is a webhook signing secret (whsec_…): the app needs a secret key (sk_…) or a restricted key (rk_…).'],
    [`sk_${ID}`, 'A Stripe key starts with sk_test_, sk_live_, rk_test_ or rk_live_.'],
    [`sk_prod_${ID}`, 'A Stripe key starts with sk_test_, sk_live_, rk_test_ or rk_live_.'],
    [`SK_TEST_${ID}`, 'A Stripe key starts with sk_test_, sk_live_, rk_test_ or rk_live_.'],
    [`sk_test_51Corner Bakery0123456789`, 'The key contains a space or line break. Copy it again from the Stripe Dashboard (Developers → API keys).'],
    [`sk_test_51Corner-Bakery0123456789`, 'After sk_test_ a Stripe key has only letters and digits. Copy it again from the Stripe Dashboard (Developers → API keys).'],
    [`rk_live_51Corner_Bakery0123456789`, 'After rk_live_ a Stripe key has only letters and digits. Copy it again from the Stripe Dashboard (Developers → API keys).'],
    ['sk_test_51Corner', 'The key is too short: it looks cut off. Copy it again from the Stripe Dashboard (Developers → API keys).'],
    [`sk_test_${'a'.repeat(248)}`, 'That is longer than any Stripe key (more than 255 characters). Copy it again from the Stripe Dashboard (Developers → API keys).'],
  ])('refuses %j with a message saying what is wrong', (input, message) => {
    expect(checkStripeKey(input)).toEqual({ ok: false, message });
  });

  it('never repeats the key in its message', () => {
    const key = 'sk_test_51Secret-Part0123456789';
    const checked = checkStripeKey(key);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).not.toContain('51Secret');
  });

  it('tells live from test by the prefix', () => {
    expect(stripeKeyMode(`rk_live_${ID}`)).toBe('live');
    expect(stripeKeyMode(`sk_test_${ID}`)).toBe('test');
  });
});
