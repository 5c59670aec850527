import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasValidCheckCharacter } from '../../../shared/domain/check-character';
import { parseCodeInput } from '../../../shared/domain/code-input';
import { normalizeEmail, validateLeadContact } from '../../../shared/domain/contact';
import { formatMoney, MAX_AMOUNT, parseAmountInput } from '../../../shared/domain/money';
import { describeRejection, judgeRedemption, type Verdict } from '../../../shared/domain/rules';
import { historyOf, findKnownCustomer } from '../../../renderer/src/db/repos/customer-history';
import { ConsentMissingError, recordRedemption, RedemptionRefusedError } from '../../../renderer/src/db/repos/redemption-recorder';
import { checkCode, type CodeCheck } from '../../../renderer/src/features/code-check/check-code';
import { saleProblems } from '../../../renderer/src/features/code-check/sale-problems';
import { linkTemplatesOf } from '../../../renderer/src/features/code-check/useCodeCheck';
import { useOrderAmount } from '../../../renderer/src/features/code-check/useVerdict';
import { NOW } from '../../integration/db/store-fixture';
import { dumpRows, expectRefusedWithoutChange, fuzzShop, restoreRows, shopRecords, snapshot, type FuzzShop, type Rows } from './fuzz-shop';
import { amountText, codeSpelling, emailText, junk, nameText, phoneText, quickly, scannerBurst } from './typed-input';
import { expectCleanName, expectReadable } from './readable';

/*
 * The counter's code field and the sale it leads to, from typed text to verdict to recorded sale,
 * as CounterScreen wires them (useCodeCheck → VerdictPanel, useOrderAmount, useRecordRedemption),
 * without React. The pure layers run 10,000 cases; the layers that write to IndexedDB
 * (fake-indexeddb, about 2 ms a snapshot) run fewer so that the file stays under ~20 s.
 */

const ctx = { now: NOW, deviceId: 'till-1', online: false, actor: 'counter' };
const records = shopRecords();
const templates = linkTemplatesOf([records.shop, records.gym]);
const campaignOf = (id: string) => [records.shop, records.gym].find((c) => c.id === id);

/** Whatever reaches the code field: a stored code in any spelling, scanned or mangled, or junk. */
const codeFieldText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...records.codes).chain((c) => codeSpelling(c.code, c.kind, records.shop.linkTemplate)) },
  { weight: 2, arbitrary: scannerBurst(fc.constantFrom(...records.codes).chain((c) => codeSpelling(c.code, c.kind, records.shop.linkTemplate))) },
  { weight: 3, arbitrary: junk },
  { weight: 1, arbitrary: scannerBurst(junk) },
);

/** What the verdict panel shows for a code check: the valid verdict, or the lines that explain why not. */
function panelLines(check: CodeCheck | null, verdict: Verdict | undefined): { valid: true } | { valid: false; lines: string[] } {
  if (check === null) return { valid: false, lines: ['Scan or type a referral code.'] };
  switch (check.kind) {
    case 'input_error':
      return { valid: false, lines: [check.message] };
    case 'unknown':
      return { valid: false, lines: ['Unknown referral code.'] };
    case 'typo':
      return { valid: false, lines: ['One character is wrong or two are swapped. Did you mean:', ...check.suggestions.map((s) => s.code.code)] };
    case 'found':
      return verdict?.accepted ? { valid: true } : { valid: false, lines: verdict ? verdict.reasons.map((r) => describeRejection(r)) : [] };
  }
}

describe('the counter code field, pure layer (10,000 cases each)', () => {
  const byCode = new Map(records.codes.map((c) => [c.code, c]));

  it('any typed, pasted or scanned text ends in a verdict or a readable reason, never a throw or a hang', () => {
    fc.assert(
      fc.property(codeFieldText, (text) => {
        quickly(() => {
          const input = parseCodeInput(text, { linkTemplates: templates });
          if (!input.ok) {
            expectReadable([input.message]);
            return;
          }
          const code = input.candidates.map((c) => byCode.get(c)).find((c) => c !== undefined);
          if (!code) return;
          const verdict = judgeRedemption({ code, codeCampaign: campaignOf(code.campaignId), activeCampaign: records.shop, orderAmount: null, customer: 'unknown', now: NOW });
          if (!verdict.accepted) expectReadable(verdict.reasons.map((r) => describeRejection(r)));
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('the order amount field: an amount in minor units that reads back the same, or a readable reason', () => {
    fc.assert(
      fc.property(amountText, fc.constantFrom('USD', 'EUR', 'JPY', 'BHD', 'ISK'), (text, currency) => {
        const state = quickly(() => useOrderAmount(text, currency));
        if (state.error !== null) {
          expectReadable([state.error]);
        } else if (state.amount === null) {
          expect(text.trim()).toBe('');
        } else {
          expect(Number.isSafeInteger(state.amount) && state.amount > 0 && state.amount <= MAX_AMOUNT).toBe(true);
          // shown on the receipt and read back, it is the same amount
          expect(parseAmountInput(formatMoney(state.amount, currency), currency)).toEqual({ ok: true, amount: state.amount });
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('the counter code field through the store (fake-indexeddb)', () => {
  let s: FuzzShop;
  beforeAll(async () => {
    s = await fuzzShop(records);
  });

  it('the code check finds the stored code, offers only real codes for a typo, or says why not (10,000 cases); reading writes nothing', async () => {
    const before = await snapshot(s.db);
    await fc.assert(
      fc.asyncProperty(codeFieldText, async (text) => {
        const check = text.trim() === '' ? null : await checkCode(s.db, text, { linkTemplates: templates });
        const input = parseCodeInput(text, { linkTemplates: templates });
        if (check?.kind === 'input_error') expect(input).toEqual({ ok: false, error: expect.any(String), message: check.message });
        if (check?.kind === 'found') expect(input.ok && input.candidates).toContain(check.match.code.code);
        if (check?.kind === 'typo') {
          expect(input.ok && input.generated?.checkValid).toBe(false);
          for (const { code } of check.suggestions) expect(hasValidCheckCharacter(code.code.slice(-9))).toBe(true);
        }
        if (check?.kind === 'unknown') expect(input.ok).toBe(true);
        const verdict = check?.kind === 'found' ? judgeRedemption({ code: check.match.code, codeCampaign: campaignOf(check.match.code.campaignId), activeCampaign: s.shop, orderAmount: null, customer: 'unknown', now: NOW }) : undefined;
        const lines = panelLines(check, verdict);
        if (!lines.valid) expectReadable(lines.lines);
      }),
      { numRuns: 10_000, plugins: [fc.timeout(2_000)] },
    );
    // one snapshot for the whole run: the check only reads (a per-case snapshot would take ~40 s)
    expect(await snapshot(s.db)).toBe(before);
  }, 60_000);
});

/** What the cashier entered for a sale. */
const saleEntry = fc.record({
  code: fc.oneof({ weight: 2, arbitrary: fc.constantFrom('k7qm x4pd k', 'SARAH10', 'https://example.shop/r/K7QM-X4PD-K') }, { weight: 3, arbitrary: codeFieldText }),
  amount: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('45.00', '25', '12.50', '9.99') }, { weight: 2, arbitrary: amountText }),
  name: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Jane Doe', 'محمد علي', 'Zoë') }, { weight: 2, arbitrary: nameText }),
  email: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.emailAddress() }, { weight: 3, arbitrary: emailText }),
  phone: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: phoneText }),
  consent: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});
type SaleEntry = typeof saleEntry extends fc.Arbitrary<infer T> ? T : never;

type SaleOutcome = { ok: true; redemptionId: string } | { ok: false; messages: string[] };

/** The steps of useRecordRedemption: the screen's verdict, every problem listed, then the one transaction. */
async function recordAtCounter(s: FuzzShop, entry: SaleEntry): Promise<SaleOutcome> {
  const check = entry.code.trim() === '' ? null : await checkCode(s.db, entry.code, { linkTemplates: templates });
  const match = check?.kind === 'found' ? check.match : undefined;
  const { amount, error: amountError } = useOrderAmount(entry.amount, s.shop.currency);
  const contact = validateLeadContact(entry);
  const messages = saleProblems({ hasCode: match !== undefined, amount, amountError, contact, consent: entry.consent, consentMissing: 'The customer must agree to be contacted before their details are saved.' });
  if (messages.length > 0 || !match || amount === null || !contact.ok) return { ok: false, messages };
  // the Record button is enabled only for an accepted verdict; the recorder judges again inside its transaction
  const known = await findKnownCustomer(s.db, contact.value);
  const verdict = judgeRedemption({ code: match.code, codeCampaign: campaignOf(match.code.campaignId), activeCampaign: s.shop, orderAmount: amount, customer: historyOf(known, contact.value), now: NOW });
  if (!verdict.accepted) return { ok: false, messages: verdict.reasons.map((r) => describeRejection(r)) };
  try {
    const { redemption } = await recordRedemption(s.db, { code: match.code.code, activeCampaignId: s.shop.id, orderAmount: amount, lead: contact.value, consentGiven: entry.consent }, ctx);
    return { ok: true, redemptionId: redemption.id };
  } catch (error) {
    if (error instanceof RedemptionRefusedError) return { ok: false, messages: error.reasons.map((r) => describeRejection(r)) };
    if (error instanceof ConsentMissingError) return { ok: false, messages: [error.message] };
    throw error;
  }
}

describe('recording a sale from the counter (fake-indexeddb, 1,500 cases: each compares a full snapshot)', () => {
  let s: FuzzShop;
  let baseline: Rows;
  beforeAll(async () => {
    s = await fuzzShop(records);
    baseline = await dumpRows(s.db);
  });

  it('records exactly the sale entered, normalised, or lists readable problems and leaves the store untouched', async () => {
    let recorded = 0;
    await fc.assert(
      fc.asyncProperty(saleEntry, async (entry) => {
        const before = await snapshot(s.db);
        const outcome = await recordAtCounter(s, entry);
        if (!outcome.ok) return expectRefusedWithoutChange(s.db, before, outcome.messages);
        recorded += 1;
        const redemption = await s.db.redemptions.get(outcome.redemptionId);
        const lead = await s.db.leads.get(redemption!.leadId);
        const contact = validateLeadContact(entry);
        expect(contact.ok).toBe(true);
        expect(lead).toMatchObject({ consent: { method: 'checkbox' }, source: 'counter' });
        expectCleanName(lead!.name, entry.name);
        expect(redemption!.orderAmount).toBe(useOrderAmount(entry.amount, 'USD').amount);
        const customer = await s.db.customers.get(redemption!.customerId);
        expect(customer!.emailKey).toBe(entry.email.trim() === '' ? null : normalizeEmail(entry.email));
        if (customer!.emailKey) expect(normalizeEmail(customer!.emailKey)).toBe(customer!.emailKey);
        await restoreRows(s.db, baseline);
      }),
      { numRuns: 1_500, plugins: [fc.timeout(5_000)] },
    );
    // the generators must reach the write, not only the refusals
    expect(recorded).toBeGreaterThan(50);
  }, 60_000);
});
