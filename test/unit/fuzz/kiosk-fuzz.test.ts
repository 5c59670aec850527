import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { attemptsToKeep, checkAttempt, KIOSK_ATTEMPT_LIMIT } from '../../../shared/domain/attempt-limit';
import { parseCodeInput } from '../../../shared/domain/code-input';
import { normalizeEmail, validateLeadContact } from '../../../shared/domain/contact';
import { firstName, kioskVerdict, NOT_FOUND } from '../../../shared/domain/kiosk-verdict';
import { judgeRedemption } from '../../../shared/domain/rules';
import { db } from '../../../renderer/src/db/db';
import { checkInAtKiosk, CheckInRefusedError, KIOSK_PENDING_REASON } from '../../../renderer/src/db/repos/kiosk-checkin';
import { SETTING } from '../../../renderer/src/db/repos/settings-repo';
import { checkKioskCode } from '../../../renderer/src/features/kiosk/kiosk-code-check';
import { NOW } from '../../integration/db/store-fixture';
import { dumpRows, expectRefusedWithoutChange, fuzzShop, restoreRows, shopRecords, snapshot, type FuzzShop, type Rows } from './fuzz-shop';
import { expectCleanName, expectReadable } from './readable';
import { codeSpelling, emailText, junk, nameText, phoneText, quickly, scannerBurst } from './typed-input';

/*
 * The kiosk: the code a customer types on the keypad (or a keyboard, or shows as a QR code), the
 * wrong-code limit, and the details form (name, email, phone, consent), as KioskCodeStep and
 * KioskDetailsStep wire them, without React. checkKioskCode reads the app's own database (db/db),
 * here on fake-indexeddb. Pure layers run 10,000 cases; the store layers, each case compared with a
 * full snapshot of the store (~2 ms), run 2,000 and 1,500 so that the file stays under ~20 s.
 */

const records = shopRecords();
const KEYPAD_KEYS = [...'1234567890QWERTYUIOPASDFGHJKLZXCVBNM'];
const KIOSK_HEADLINES = [NOT_FOUND, 'This code has expired.', 'This code is no longer active.', 'This code has already been used as often as it allows.', 'This code isn’t valid here.'];

/** One touch on the keypad, or text from a keyboard or a QR scan replacing the field. */
const keypadAction = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KEYPAD_KEYS).map((key) => ({ kind: 'key' as const, key })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
);
type KeypadAction = typeof keypadAction extends fc.Arbitrary<infer T> ? T : never;

/** The field after the keypad's touches, as KioskCodeStep's onKey / onDelete / onClear leave it. */
function afterTouches(start: string, actions: readonly KeypadAction[]): string {
  return actions.reduce((text, action) => (action.kind === 'key' ? text + action.key : action.kind === 'delete' ? text.slice(0, -1) : ''), start);
}

/** What ends up in the kiosk's code field: keypad touches, a stored code in any spelling, a QR scan, or junk. */
const kioskCodeText = fc.oneof(
  { weight: 3, arbitrary: fc.array(keypadAction, { maxLength: 20 }).map((actions) => afterTouches('', actions)) },
  { weight: 3, arbitrary: fc.constantFrom(...records.codes).chain((c) => codeSpelling(c.code, c.kind, records.shop.linkTemplate)) },
  { weight: 1, arbitrary: scannerBurst(fc.constantFrom(...records.codes).map((c) => c.code)) },
  { weight: 3, arbitrary: junk },
);

describe('the kiosk, pure layer (10,000 cases each)', () => {
  it('keypad touches only ever make letters and digits: a code to look up, or “too short” / “empty” in words', () => {
    fc.assert(
      fc.property(fc.array(keypadAction, { maxLength: 40 }), (actions) => {
        const text = afterTouches('', actions);
        expect(text).toMatch(/^[0-9A-Z]*$/);
        const input = parseCodeInput(text);
        if (!input.ok) {
          expect(['empty', 'too_short']).toContain(input.error);
          expectReadable([input.message]);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('a customer is told the offer with the referrer’s first name only, or one plain sentence that gives nothing away', () => {
    const byCode = new Map(records.codes.map((c) => [c.code, c]));
    const referrers = new Map(records.referrers.map((r) => [r.id, r]));
    fc.assert(
      fc.property(kioskCodeText, (text) => {
        quickly(() => {
          const input = parseCodeInput(text, { linkTemplates: [records.shop.linkTemplate!] });
          if (!input.ok) {
            expectReadable([input.message]);
            return;
          }
          const code = input.candidates.map((c) => byCode.get(c)).find((c) => c !== undefined);
          if (!code) return;
          const campaign = code.campaignId === records.gym.id ? records.gym : records.shop;
          const judged = judgeRedemption({ code, codeCampaign: campaign, activeCampaign: records.shop, orderAmount: null, customer: 'unknown', now: NOW });
          const referrer = referrers.get(code.referrerId)!;
          const verdict = kioskVerdict(judged, code, campaign, referrer.name);
          if (!verdict.accepted) {
            expect(KIOSK_HEADLINES).toContain(verdict.headline);
            return;
          }
          expect(verdict.referredBy).toBe(`Referred by ${firstName(referrer.name)}`);
          expect(verdict.referredBy).not.toContain(referrer.name.split(' ')[1]);
          expectReadable([verdict.headline, verdict.offer, ...verdict.conditions]);
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it('the wrong-code limit: never more than 5 wrong codes judged within a minute, and a lock says when it ends, at most a minute ahead', () => {
    const attempts = fc.array(fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.boolean()), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(attempts, (steps) => {
        let stored: number[] = [];
        let now = NOW;
        const judgedWrong: number[] = [];
        for (const [gap, wrong] of steps) {
          now += gap;
          const gate = checkAttempt(stored, now);
          if (!gate.allowed) {
            expect(gate.retryAt).toBeGreaterThan(now);
            expect(gate.retryAt).toBeLessThanOrEqual(now + KIOSK_ATTEMPT_LIMIT.lockMs);
            continue;
          }
          if (!wrong) continue;
          judgedWrong.push(now);
          stored = [...attemptsToKeep(stored, now), now];
        }
        for (let i = 0; i + KIOSK_ATTEMPT_LIMIT.max < judgedWrong.length; i++) {
          expect(judgedWrong[i + KIOSK_ATTEMPT_LIMIT.max]! - judgedWrong[i]!).toBeGreaterThanOrEqual(KIOSK_ATTEMPT_LIMIT.windowMs);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('forgetting old wrong codes never changes a later decision', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400_000 }), { maxLength: 30 }), fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 0, max: 200_000 }), (times, now, later) => {
        expect(checkAttempt(attemptsToKeep(times, now), now + later).allowed).toBe(checkAttempt(times, now + later).allowed);
      }),
      { numRuns: 10_000 },
    );
  });
});

/** The store without the wrong-attempt times: what a judged wrong code may change is only those. */
async function snapshotBesidesAttempts(s: FuzzShop): Promise<string> {
  const attempts = await s.db.settings.get(SETTING.kioskWrongAttempts);
  await s.db.settings.delete(SETTING.kioskWrongAttempts);
  const rows = await snapshot(s.db);
  if (attempts) await s.db.settings.put(attempts);
  return rows;
}

describe('checking a code at the kiosk (the app’s database on fake-indexeddb, 2,000 cases)', () => {
  let s: FuzzShop;
  beforeAll(async () => {
    s = await fuzzShop(records, db);
  });

  it('every code ends judged, locked or refused in words; only a judged wrong code is written down, as one more wrong attempt', async () => {
    let now = NOW;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(kioskCodeText, fc.integer({ min: 0, max: 25_000 }), async (text, gap) => {
        now += gap;
        const attemptsBefore = ((await s.db.settings.get(SETTING.kioskWrongAttempts))?.value as number[] | undefined) ?? [];
        const before = await snapshot(s.db);
        const result = await checkKioskCode(text, s.shop.id, now);
        seen.add(result.kind === 'judged' ? `judged ${result.verdict.accepted}` : result.kind);
        const attemptsAfter = ((await s.db.settings.get(SETTING.kioskWrongAttempts))?.value as number[] | undefined) ?? [];
        if (result.kind === 'input') expectReadable([result.message]);
        if (result.kind === 'locked') expect(result.retryAt).toBeGreaterThan(now);
        if (result.kind === 'judged' && result.verdict.accepted) expect(s.codes.map((c) => c.code)).toContain(result.code);
        if (result.kind === 'judged' && !result.verdict.accepted) {
          expect(KIOSK_HEADLINES).toContain(result.verdict.headline);
          expect(attemptsAfter).toEqual([...attemptsToKeep(attemptsBefore, now), now]);
          return;
        }
        expect(await snapshot(s.db)).toBe(before);
      }),
      { numRuns: 2_000, plugins: [fc.timeout(2_000)] },
    );
    expect([...seen].sort()).toEqual(['input', 'judged false', 'judged true', 'locked']);
    expect(await snapshotBesidesAttempts(s)).toBe(await snapshotBesidesAttempts(await fuzzShop(records)));
  }, 60_000);
});

/** The customer's details, as KioskDetailsStep takes them, for a code accepted at the verdict step (or one that stopped working since). */
const details = fc.record({
  code: fc.constantFrom(...records.codes.map((c) => c.code)),
  name: fc.oneof({ weight: 2, arbitrary: fc.constantFrom('Kim Kiosk', 'Łucja', 'عائشة') }, { weight: 3, arbitrary: nameText }),
  email: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.emailAddress() }, { weight: 2, arbitrary: emailText }),
  phone: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: phoneText }),
  consent: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});
type Details = typeof details extends fc.Arbitrary<infer T> ? T : never;

/** The steps of KioskDetailsStep's submit: every problem listed, else the check-in in one transaction. */
async function submitDetails(s: FuzzShop, d: Details): Promise<{ ok: true; leadId: string } | { ok: false; messages: string[] }> {
  const contact = validateLeadContact(d);
  const problems = [...(contact.ok ? [] : contact.errors.map((e) => e.message)), ...(d.consent ? [] : ['Please tick the box to agree, so that we can save your details.'])];
  if (problems.length > 0 || !contact.ok) return { ok: false, messages: problems };
  try {
    const lead = await checkInAtKiosk(s.db, { code: d.code, campaignId: s.shop.id, details: contact.value, consentGiven: d.consent }, { now: NOW, deviceId: 'kiosk-1', online: false, actor: 'kiosk' });
    return { ok: true, leadId: lead.id };
  } catch (error) {
    if (error instanceof CheckInRefusedError) return { ok: false, messages: [error.message] };
    throw error;
  }
}

describe('the kiosk’s details form (fake-indexeddb, 1,500 cases: each compares a full snapshot)', () => {
  let s: FuzzShop;
  let baseline: Rows;
  beforeAll(async () => {
    s = await fuzzShop(records);
    baseline = await dumpRows(s.db);
  });

  it('checks the customer in as a pending kiosk lead with their details normalised, or lists readable problems and saves nothing', async () => {
    let checkedIn = 0;
    await fc.assert(
      fc.asyncProperty(details, async (d) => {
        const before = await snapshot(s.db);
        const outcome = await submitDetails(s, d);
        if (!outcome.ok) return expectRefusedWithoutChange(s.db, before, outcome.messages);
        checkedIn += 1;
        const lead = (await s.db.leads.get(outcome.leadId))!;
        expect(lead).toMatchObject({ source: 'kiosk', status: 'pending', statusReason: KIOSK_PENDING_REASON, code: d.code, consent: { method: 'checkbox' } });
        expectCleanName(lead.name, d.name);
        const customer = (await s.db.customers.get(lead.customerId))!;
        expect(customer.emailKey).toBe(d.email.replace(/\p{Cf}/gu, '').trim() === '' ? null : normalizeEmail(d.email));
        if (lead.email !== null) expect(normalizeEmail(lead.email)).toBe(customer.emailKey);
        await restoreRows(s.db, baseline);
      }),
      { numRuns: 1_500, plugins: [fc.timeout(5_000)] },
    );
    expect(checkedIn).toBeGreaterThan(50);
  }, 60_000);
});
