import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCustomerArgs } from '../../../shared/api/stripe-calls';
import { CODE_ALPHABET } from '../../../shared/domain/code-alphabet';
import { hasValidCheckCharacter } from '../../../shared/domain/check-character';
import { displayCode } from '../../../shared/domain/code-format';
import { parseCodeInput } from '../../../shared/domain/code-input';
import { typoCandidates } from '../../../shared/domain/code-suggest';
import { checkoutPages } from '../../../shared/domain/checkout-link';
import { normalizeEmail, normalizePhone, validateLeadContact } from '../../../shared/domain/contact';
import { phoneticGroups, spellCharacter } from '../../../shared/domain/phonetic';
import { referrerMatcher } from '../../../shared/domain/referrer-search';
import { describeRejection } from '../../../shared/domain/rules';
import { recordCheckout } from '../../../renderer/src/db/repos/checkout-recorder';
import { type LeadCaptureDraft, RedemptionRefusedError } from '../../../renderer/src/db/repos/lead-capture';
import { recordRedemption } from '../../../renderer/src/db/repos/redemption-recorder';
import { searchReferrers } from '../../../renderer/src/db/repos/referrer-search';
import { checkCode } from '../../../renderer/src/features/code-check/check-code';
import { saleProblems } from '../../../renderer/src/features/code-check/sale-problems';
import { linkTemplatesOf } from '../../../renderer/src/features/code-check/useCodeCheck';
import { useOrderAmount } from '../../../renderer/src/features/code-check/useVerdict';
import { suggestionLabel } from '../../../renderer/src/features/phone/SuggestionPicker';
import { NOW } from '../../integration/db/store-fixture';
import { dumpRows, expectRefusedWithoutChange, fuzzShop, restoreRows, shopRecords, snapshot, type FuzzShop, type Rows } from './fuzz-shop';
import { expectCleanName, expectReadable } from './readable';
import { amountText, codeSpelling, emailText, junk, nameText, phoneText, quickly } from './typed-input';

/*
 * The phone screen: the code a caller reads aloud (typo suggestions, the phonetic read-back), the
 * referrer finder, the caller's name, email, phone, verbal consent and note, and the order recorded
 * for the store or as a payment link, as PhoneScreen wires them (useCodeCheck, usePhoneOrder),
 * without React. Pure layers and store reads run 10,000 cases; recorded orders, each compared with
 * a full snapshot of the store (~2 ms), run 1,000 so that the file stays under ~20 s.
 */

const ctx = { now: NOW, deviceId: 'phone-1', online: false, actor: 'counter' };
const records = shopRecords();
const templates = linkTemplatesOf([records.shop, records.gym]);
const generatedCodes = records.codes.filter((c) => c.kind === 'generated' && c.active && c.campaignId === records.shop.id);
const stripeCustomer = createCustomerArgs.pick({ name: true, email: true, phone: true });
const CONSENT_MISSING = 'Ask the caller whether they agree to be contacted about the referral program, then tick “Caller agreed verbally”.';

/** What a rep types for a code read aloud: a stored code, misheard, or junk. */
const readAloud = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...records.codes).chain((c) => codeSpelling(c.code, c.kind, null)) },
  { weight: 2, arbitrary: junk },
);

/** One slip of the ear in the generated part of a stored code: a symbol misheard or two swapped. */
const slip = fc.tuple(fc.constantFrom(...generatedCodes), fc.nat({ max: 8 }), fc.constantFrom(...CODE_ALPHABET), fc.boolean(), fc.boolean()).map(([stored, at, symbol, swap, lower]) => {
  const split = stored.code.length - 9;
  const tail = [...stored.code.slice(split)];
  if (swap && at < 8) [tail[at], tail[at + 1]] = [tail[at + 1]!, tail[at]!];
  else tail[at] = symbol;
  const heard = stored.code.slice(0, split) + tail.join('');
  const typed = displayCode(heard, 'generated');
  return { stored: stored.code, heard, typed: lower ? typed.toLowerCase() : typed };
});

describe('the phone screen, pure layer (10,000 cases each)', () => {
  it('a code read aloud: candidates with a read-back that spells exactly the code, typo suggestions one slip away, or a readable reason', () => {
    fc.assert(
      fc.property(readAloud, (text) => {
        quickly(() => {
          const input = parseCodeInput(text, { linkTemplates: templates });
          if (!input.ok) {
            expectReadable([input.message]);
            return;
          }
          for (const candidate of input.candidates) {
            const groups = phoneticGroups(displayCode(candidate, input.generated ? 'generated' : 'vanity'));
            expect(groups.flat().map((word) => word.charAt(0)).join('')).toBe(candidate);
            for (const word of groups.flat()) expect(word).toBe(spellCharacter(word.charAt(0)));
          }
          if (input.generated && !input.generated.checkValid) {
            const suggestions = typoCandidates(input.generated);
            expect(suggestions.length).toBeLessThanOrEqual(17);
            for (const s of suggestions) expect(hasValidCheckCharacter(s.slice(-9)) && s.startsWith(input.generated.prefix)).toBe(true);
          }
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('the caller’s phone number: a key of 7–15 digits that the kept number reads back to, or a readable reason on the phone field', () => {
    fc.assert(
      fc.property(phoneText, (phone) => {
        const result = quickly(() => validateLeadContact({ name: 'Caller', phone }));
        if (!result.ok) {
          expect(result.errors.every((e) => e.field === 'phone' || (e.field === 'email' && phone.replace(/[\p{Cf}\s]/gu, '') === ''))).toBe(true);
          expectReadable(result.errors.map((e) => e.message));
          return;
        }
        expect(result.value.phoneKey).toMatch(/^\+?[0-9]{7,15}$/);
        expect(normalizePhone(result.value.phone!)).toBe(result.value.phoneKey);
        expect(result.value.phone!.length).toBeLessThanOrEqual(20);
        expect(/[\p{Cc}\p{Cf}\p{Cs}]/u.test(result.value.phone!)).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('the caller’s details: a valid email round-trips to its lower-case key, the name is kept clean, every problem is listed in words', () => {
    const caller = fc.record({ name: nameText, email: fc.oneof(fc.emailAddress(), emailText), phone: fc.oneof(fc.constant(''), phoneText), verbalConsent: fc.boolean() });
    fc.assert(
      fc.property(caller, (c) => {
        const contact = quickly(() => validateLeadContact(c));
        const problems = saleProblems({ hasCode: true, amount: 4500, amountError: null, contact, consent: c.verbalConsent, consentMissing: CONSENT_MISSING });
        expectReadable(problems);
        if (!c.verbalConsent) expect(problems).toContain(CONSENT_MISSING);
        if (!contact.ok) {
          expect(problems.length).toBeGreaterThan(0);
          return;
        }
        expectCleanName(contact.value.name, c.name);
        // what the customer sender will hand Stripe passes the contract's own check
        expect(stripeCustomer.safeParse(contact.value).success).toBe(true);
        if (contact.value.email !== null) {
          expect(contact.value.emailKey).toBe(normalizeEmail(contact.value.email));
          expect(normalizeEmail(contact.value.emailKey!)).toBe(contact.value.emailKey);
          expect(/[\p{Cc}\p{Cf}\p{Cs}\s]/u.test(contact.value.email)).toBe(false);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('any valid email address typed is accepted, kept as typed, and keyed in lower case', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.constantFrom('', ' ', '\t', '\u200B', '\u202A'), (email, padding) => {
        const result = validateLeadContact({ name: 'Caller', email: `${padding}${email}${padding}` });
        expect(result).toEqual({ ok: true, value: { name: 'Caller', email, phone: null, emailKey: email.toLowerCase(), phoneKey: null } });
      }),
      { numRuns: 10_000 },
    );
  });

  it('the referrer finder: any query searches or is too short, and a number finds only referrers whose number holds its digits', () => {
    const people = records.referrers;
    fc.assert(
      fc.property(fc.oneof(junk, phoneText, nameText), (query) => {
        const matches = quickly(() => referrerMatcher(query));
        if (matches === null) return;
        for (const person of people) {
          const found = matches(person);
          const digits = query.replace(/\D/g, '');
          if (found && /^[\d\s+().-]+$/.test(query.trim()) && digits.length >= 3) expect(person.phone?.replace(/\D/g, '')).toContain(digits);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('the phone screen through the store (fake-indexeddb)', () => {
  let s: FuzzShop;
  beforeAll(async () => {
    s = await fuzzShop(records);
  });

  it('one slip of the ear in a code read aloud always offers the code the caller holds (10,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(slip, async ({ stored, heard, typed }) => {
        const check = await checkCode(s.db, typed, { linkTemplates: templates });
        if (heard === stored) {
          expect(check).toMatchObject({ kind: 'found', match: { code: { code: stored } } });
          return;
        }
        expect(check.kind).toBe('typo');
        if (check.kind !== 'typo') return;
        expect(check.suggestions.map((m) => m.code.code)).toContain(stored);
        for (const match of check.suggestions) expectReadable([suggestionLabel(match)]);
      }),
      { numRuns: 10_000, plugins: [fc.timeout(2_000)] },
    );
  }, 60_000);

  it('the referrer finder answers any query from the store, with at most 8 referrers of this campaign (3,000 cases); reading writes nothing', async () => {
    const before = await snapshot(s.db);
    await fc.assert(
      fc.asyncProperty(fc.oneof(junk, phoneText, nameText, fc.constantFrom('dana', 'ORTEGA', '555 010', 'sam@')), async (query) => {
        const hits = await searchReferrers(s.db, s.shop.id, query);
        expect(hits.length).toBeLessThanOrEqual(8);
        for (const hit of hits) expect(hit.referrer.campaignId).toBe(s.shop.id);
      }),
      { numRuns: 3_000, plugins: [fc.timeout(2_000)] },
    );
    expect(await snapshot(s.db)).toBe(before);
  }, 60_000);
});

/** What the rep entered for a call. */
const call = fc.record({
  code: fc.oneof({ weight: 2, arbitrary: fc.constantFrom('k7qm-x4pd-k', 'sarah 10', 'SPRING-H0T1-V5P0-' + generatedCodes[1]!.code.slice(-1)) }, { weight: 3, arbitrary: readAloud }),
  amount: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('45', '30.00') }, { weight: 2, arbitrary: amountText }),
  name: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Caller One', 'نور') }, { weight: 2, arbitrary: nameText }),
  email: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.emailAddress() }, { weight: 2, arbitrary: emailText }),
  phone: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: phoneText }),
  verbalConsent: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  note: fc.oneof(fc.constant(''), fc.constant('  call back after 5  '), junk.map((j) => j.slice(0, 1000))),
  as: fc.constantFrom('store' as const, 'link' as const),
});
type Call = typeof call extends fc.Arbitrary<infer T> ? T : never;

/** The steps of usePhoneOrder: every problem listed, else the order recorded for the store or as a payment link. */
async function recordCall(s: FuzzShop, c: Call): Promise<{ ok: true; leadId: string } | { ok: false; messages: string[] }> {
  const check = c.code.trim() === '' ? null : await checkCode(s.db, c.code, { linkTemplates: templates });
  const match = check?.kind === 'found' ? check.match : undefined;
  const { amount, error: amountError } = useOrderAmount(c.amount, s.shop.currency);
  const contact = validateLeadContact(c);
  const messages = saleProblems({ hasCode: match !== undefined, amount, amountError, contact, consent: c.verbalConsent, consentMissing: CONSENT_MISSING });
  if (messages.length > 0 || !match || amount === null || !contact.ok) return { ok: false, messages };
  const note = c.note.trim();
  const draft: LeadCaptureDraft = { code: match.code.code, activeCampaignId: s.shop.id, orderAmount: amount, lead: contact.value, consentGiven: true, source: 'phone', consentMethod: 'verbal', note: note === '' ? null : note };
  try {
    if (c.as === 'store') return { ok: true, leadId: (await recordRedemption(s.db, draft, ctx)).lead.id };
    return { ok: true, leadId: (await recordCheckout(s.db, draft, checkoutPages({}, s.shop.linkTemplate), ctx)).lead.id };
  } catch (error) {
    if (error instanceof RedemptionRefusedError) return { ok: false, messages: error.reasons.map((r) => describeRejection(r)) };
    throw error;
  }
}

describe('recording a phone order (fake-indexeddb, 1,000 cases: each compares a full snapshot)', () => {
  let s: FuzzShop;
  let baseline: Rows;
  beforeAll(async () => {
    s = await fuzzShop(records);
    baseline = await dumpRows(s.db);
  });

  it('records the caller as a phone lead with verbal consent and the note, or lists readable problems and leaves the store untouched', async () => {
    let recorded = 0;
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const before = await snapshot(s.db);
        const outcome = await recordCall(s, c);
        if (!outcome.ok) return expectRefusedWithoutChange(s.db, before, outcome.messages);
        recorded += 1;
        const lead = await s.db.leads.get(outcome.leadId);
        expect(lead).toMatchObject({ source: 'phone', consent: { method: 'verbal', at: NOW }, note: c.note.trim() === '' ? null : c.note.trim() });
        expectCleanName(lead!.name, c.name);
        expect(await s.db[c.as === 'store' ? 'redemptions' : 'checkouts'].count()).toBe(1);
        await restoreRows(s.db, baseline);
      }),
      { numRuns: 1_000, plugins: [fc.timeout(5_000)] },
    );
    expect(recorded).toBeGreaterThan(50);
  }, 60_000);
});
