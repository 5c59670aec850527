import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changesCoupon,
  draftOfCampaign,
  EMPTY_DRAFT,
  validateCampaignDraft,
  type CampaignDraft,
  type CampaignField,
} from '../../../shared/domain/campaign';
import { STRIPE_CURRENCIES } from '../../../shared/domain/currencies';
import { fillLinkTemplate } from '../../../shared/domain/link-template';
import { formatLocalDate } from '../../../shared/domain/local-date';
import { currencyExponent, toDecimalString } from '../../../shared/domain/money';

const NOW = new Date(2026, 10, 24, 12, 0, 0).getTime();
const valid: CampaignDraft = { ...EMPTY_DRAFT, name: 'Spring friends', currency: 'USD', rewardKind: 'amount_off', amountOff: '10' };

function check(overrides: Partial<CampaignDraft>) {
  return validateCampaignDraft({ ...valid, ...overrides }, NOW);
}

/** The message for one field, or undefined when that field is fine. */
function problem(overrides: Partial<CampaignDraft>, field: CampaignField): string | undefined {
  const result = check(overrides);
  return result.ok ? undefined : result.errors.find((e) => e.field === field)?.message;
}

function settings(overrides: Partial<CampaignDraft>) {
  const result = check(overrides);
  if (!result.ok) throw new Error(`expected valid, got ${JSON.stringify(result.errors)}`);
  return result.settings;
}

describe('a campaign draft that is complete', () => {
  it('becomes campaign settings: $10 off in USD, first-time only, no limit, no expiry, no minimum', () => {
    expect(settings({})).toEqual({
      name: 'Spring friends',
      currency: 'USD',
      reward: { kind: 'amount_off', amountOff: 1000 },
      defaultRules: { firstTimeOnly: true, maxRedemptions: null, expiresAt: null, minimumOrder: null },
      codePrefix: null,
      qualifyWhenCodeUsed: true,
      linkTemplate: null,
      generateCodeOnAdd: false,
    });
  });

  it('reports every field with a problem at once, and nothing else', () => {
    const result = check({ name: ' ', currency: 'XYZ', redemptionLimit: 'lots', linkTemplate: 'http://x.shop/{code}' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['name', 'currency', 'redemptionLimit', 'linkTemplate']);
  });
});

describe('the name', () => {
  it('is required', () => expect(problem({ name: '   ' }, 'name')).toBe('Enter a name for the campaign.'));
  it('is trimmed and inner runs of spaces become one', () => expect(settings({ name: '  Spring   friends ' }).name).toBe('Spring friends'));
  it('may have 100 characters', () => expect(settings({ name: 'x'.repeat(100) }).name).toHaveLength(100));
  it('must differ from the other campaigns, whatever the case', () => {
    const result = validateCampaignDraft({ ...valid, name: ' spring  FRIENDS ' }, NOW, ['Gym buddies', 'Spring friends']);
    expect(result.ok || result.errors).toEqual([{ field: 'name', message: 'Another campaign is already called “Spring friends”: choose a name the campaign switcher can tell apart.' }]);
    expect(validateCampaignDraft(valid, NOW, ['Spring friends 2']).ok).toBe(true);
  });
  it('may not have 101', () => expect(problem({ name: 'x'.repeat(101) }, 'name')).toBe('The name is too long: 101 characters, the most is 100.'));
});

describe('the currency', () => {
  it('is read in any case', () => expect(settings({ currency: ' eur ' }).currency).toBe('EUR'));
  it('is required', () => expect(problem({ currency: '' }, 'currency')).toBe('Choose the campaign currency (e.g. USD).'));
  it('must be a three-letter code', () =>
    expect(problem({ currency: 'dollars' }, 'currency')).toBe('“dollars” is not a currency code: use the three-letter ISO code, e.g. USD or EUR.'));
  it('must be one Stripe accepts', () =>
    expect(problem({ currency: 'XYZ' }, 'currency')).toBe("Stripe does not accept XYZ as a currency: use one of Stripe's currencies, e.g. USD or EUR."));
  it('refuses a withdrawn currency Stripe no longer lists (HRK)', () => expect(problem({ currency: 'HRK' }, 'currency')).toMatch(/does not accept HRK/));
  it('knows every listed currency well enough to read amounts in it', () => {
    for (const currency of STRIPE_CURRENCIES) expect(settings({ currency, amountOff: '10' }).currency).toBe(currency);
  });
});

describe('amount off', () => {
  it.each([
    ['10', 'USD', 1000],
    ['$10.50', 'USD', 1050],
    ['1,000', 'JPY', 1000],
    ['0.01', 'USD', 1],
    ['999999.99', 'USD', 99_999_999],
    ['1.250', 'BHD', 1250],
  ])('reads %j in %s as %i minor units', (text, currency, amountOff) => {
    expect(settings({ amountOff: text, currency }).reward).toEqual({ kind: 'amount_off', amountOff });
  });
  it('refuses $0', () => expect(problem({ amountOff: '0' }, 'amountOff')).toBe('The amount off must be more than zero.'));
  it('refuses an empty amount', () => expect(problem({ amountOff: '' }, 'amountOff')).toBe('Enter the amount off.'));
  it('refuses decimals in JPY', () => expect(problem({ currency: 'JPY', amountOff: '10.5' }, 'amountOff')).toBe('JPY has no decimals.'));
  it("refuses more than Stripe's 8-digit limit", () =>
    expect(problem({ amountOff: '1000000' }, 'amountOff')).toBe('That amount is too large: the most Stripe accepts is $999,999.99.'));
  it('refuses a three-decimal amount not ending in 0', () => expect(problem({ currency: 'KWD', amountOff: '1.255' }, 'amountOff')).toMatch(/end in 0/));
  it('is not checked when the currency itself is wrong (one message, on the currency)', () => {
    const result = check({ currency: 'XYZ', amountOff: 'abc' });
    expect(result.ok || result.errors.map((e) => e.field)).toEqual(['currency']);
  });
});

describe('percent off', () => {
  const percent = (text: string) => check({ rewardKind: 'percent_off', percentOff: text });
  it.each([
    ['10', 1000],
    ['12.5', 1250],
    ['12.25%', 1225],
    ['0.01', 1],
    ['100', 10_000],
    ['100.00', 10_000],
  ])('reads %j as %i basis points', (text, basisPoints) => {
    const result = percent(text);
    expect(result.ok && result.settings.reward).toEqual({ kind: 'percent_off', percentOffBasisPoints: basisPoints });
  });
  it.each([
    ['0', 'The percent off must be more than 0%.'],
    ['0.00', 'The percent off must be more than 0%.'],
    ['100.001', 'The percent off cannot be more than 100%.'],
    ['100.01', 'The percent off cannot be more than 100%.'],
    ['150', 'The percent off cannot be more than 100%.'],
    ['12.345', 'The percent off can have at most two decimals (e.g. 12.25).'],
    ['-5', 'The percent off cannot be negative.'],
    ['ten', '“ten” is not a percentage: use digits, with “.” for decimals (e.g. 12.5).'],
    ['', 'Enter the percent off, e.g. 10 for 10%.'],
  ])('refuses %j: %s', (text, message) => {
    expect(problem({ rewardKind: 'percent_off', percentOff: text }, 'percentOff')).toBe(message);
  });
  it('ignores the amount field when the reward is a percentage', () => expect(percent('10').ok).toBe(true));
});

describe('the default rules for generated codes', () => {
  it('keep first-time only as chosen', () => expect(settings({ firstTimeOnly: false }).defaultRules.firstTimeOnly).toBe(false));
  it('read a redemption limit, empty for unlimited', () => {
    expect(settings({ redemptionLimit: '5' }).defaultRules.maxRedemptions).toBe(5);
    expect(settings({ redemptionLimit: ' ' }).defaultRules.maxRedemptions).toBeNull();
  });
  it.each([
    ['0', 'The redemption limit must be at least 1 (empty for unlimited).'],
    ['2.5', 'The redemption limit must be a whole number of uses, e.g. 5 (empty for unlimited).'],
    ['-1', 'The redemption limit must be a whole number of uses, e.g. 5 (empty for unlimited).'],
    ['99999999999', 'The redemption limit is too large: the most is 2,147,483,647.'],
  ])('refuse the redemption limit %j', (text, message) => expect(problem({ redemptionLimit: text }, 'redemptionLimit')).toBe(message));

  it('store an expiry date as 23:59:59 local time of that day', () => {
    const expiresAt = settings({ expiryDate: '2026-12-31' }).defaultRules.expiresAt!;
    expect(expiresAt).toBe(new Date(2026, 11, 31, 23, 59, 59).getTime());
    expect(formatLocalDate(expiresAt)).toBe('2026-12-31');
  });
  it('accept today as the expiry date (codes work through the day)', () => expect(settings({ expiryDate: formatLocalDate(NOW) }).defaultRules.expiresAt).toBeGreaterThan(NOW));
  it('refuse a day that has passed', () =>
    expect(problem({ expiryDate: '2026-11-23' }, 'expiryDate')).toBe('The expiry date 2026-11-23 has passed: choose today or a later day (empty for never).'));
  it.each(['2026-02-30', '31/12/2026', 'soon'])('refuse %j, which is no day', (text) => expect(problem({ expiryDate: text }, 'expiryDate')).toMatch(/is not a date: pick a day, e\.g\. 2026-12-24/));

  it('read a minimum order in the campaign currency, empty for none', () => {
    expect(settings({ minimumOrder: '25' }).defaultRules.minimumOrder).toBe(2500);
    expect(settings({ currency: 'JPY', amountOff: '500', minimumOrder: '3000' }).defaultRules.minimumOrder).toBe(3000);
    expect(settings({ minimumOrder: '' }).defaultRules.minimumOrder).toBeNull();
  });
  it('refuse a minimum order of $0 or with too many decimals', () => {
    expect(problem({ minimumOrder: '0' }, 'minimumOrder')).toBe('The minimum order must be more than zero.');
    expect(problem({ minimumOrder: '10.999' }, 'minimumOrder')).toBe('USD has at most 2 decimals.');
  });
});

describe('the referral link template', () => {
  it.each(['https://example.shop/r/{code}', 'https://example.shop/join?ref={code}&src=card', 'https://shop.example.com/r/ref-{code}'])('accepts %s', (template) => {
    expect(settings({ linkTemplate: ` ${template} ` }).linkTemplate).toBe(template);
  });
  it('is optional', () => expect(settings({ linkTemplate: '' }).linkTemplate).toBeNull());
  it.each([
    ['https://example.shop/r/', 'The referral link must contain {code} where the referral code goes, e.g. https://example.shop/r/{code}.'],
    ['https://example.shop/{code}/{code}', 'The referral link must contain {code} exactly once; it has it 2 times.'],
    ['http://example.shop/r/{code}', 'The referral link must start with https://, e.g. https://example.shop/r/{code}.'],
    ['example.shop/r/{code}', 'The referral link must start with https://, e.g. https://example.shop/r/{code}.'],
    ['https://example.shop/r/{code} now', 'The referral link has characters a link cannot carry (spaces or symbols): type it as the browser shows it.'],
    ['https://{code}.example.shop/', '“{code}.example.shop” is not a web address: use the shop\'s domain, e.g. example.shop.'],
    ['https://example.shop/#{code}', "Put {code} in the link's path (e.g. /r/{code}) or in a query value (e.g. ?ref={code}), where a scanner can read it back."],
    ['https://example.shop/r/{Code}', 'The referral link must contain {code} where the referral code goes, e.g. https://example.shop/r/{code}.'],
    [`https://example.shop/${'r'.repeat(300)}/{code}`, /too long for a QR code/],
  ])('refuses %j', (template, message) => {
    const found = problem({ linkTemplate: template }, 'linkTemplate');
    if (typeof message === 'string') expect(found).toBe(message);
    else expect(found).toMatch(message);
  });
  it('is filled with the canonical code for a card or QR code', () => {
    expect(fillLinkTemplate('https://example.shop/r/{code}', 'SPRINGK7QMX4PDK')).toBe('https://example.shop/r/SPRINGK7QMX4PDK');
  });
});

describe('the code prefix', () => {
  it('is optional and upper-cased', () => {
    expect(settings({ codePrefix: '' }).codePrefix).toBeNull();
    expect(settings({ codePrefix: 'spring' }).codePrefix).toBe('SPRING');
  });
  it('follows the code format rules', () => {
    expect(problem({ codePrefix: 'SPR-ING' }, 'codePrefix')).toBe('A code prefix can only contain letters A–Z and digits; found “-”.');
    expect(problem({ codePrefix: 'ABCDEFGHIJKLM' }, 'codePrefix')).toBe('A code prefix is too long: 13 characters, the most is 12.');
  });
});

describe('editing', () => {
  it('turns a campaign back into the same draft text, and that draft into the same settings', () => {
    fc.assert(
      fc.property(
        fc.record({
          amount: fc.integer({ min: 1, max: 99_999_999 }),
          basisPoints: fc.integer({ min: 1, max: 10_000 }),
          percent: fc.boolean(),
          currency: fc.constantFrom('USD', 'JPY', 'EUR', 'ISK'),
          limit: fc.option(fc.integer({ min: 1, max: 10_000 })),
          days: fc.option(fc.integer({ min: 1, max: 3_000 })),
        }),
        ({ amount, basisPoints, percent, currency, limit, days }) => {
          const draft: CampaignDraft = {
            ...valid,
            currency,
            rewardKind: percent ? 'percent_off' : 'amount_off',
            amountOff: toDecimalString(currency === 'ISK' ? Math.max(100, amount - (amount % 100)) : amount, currencyExponent(currency)).replace(/\.00$/, ''),
            percentOff: (basisPoints / 100).toFixed(2),
            redemptionLimit: limit === null ? '' : String(limit),
            expiryDate: days === null ? '' : formatLocalDate(NOW + days * 86_400_000),
          };
          const first = validateCampaignDraft(draft, NOW);
          if (!first.ok) throw new Error(JSON.stringify(first.errors));
          const again = validateCampaignDraft(draftOfCampaign(first.settings), NOW);
          expect(again).toEqual(first);
        },
      ),
    );
  });
  it('knows which changes Stripe cannot make to an existing coupon', () => {
    const tenPercent = { currency: 'USD', reward: { kind: 'percent_off', percentOffBasisPoints: 1000 } } as const;
    expect(changesCoupon(tenPercent, { ...tenPercent })).toBe(false);
    expect(changesCoupon(tenPercent, { ...tenPercent, currency: 'EUR' })).toBe(true);
    expect(changesCoupon(tenPercent, { currency: 'USD', reward: { kind: 'percent_off', percentOffBasisPoints: 1500 } })).toBe(true);
    expect(changesCoupon(tenPercent, { currency: 'USD', reward: { kind: 'amount_off', amountOff: 1000 } })).toBe(true);
  });
});
