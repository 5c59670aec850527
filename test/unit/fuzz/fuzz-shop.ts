import { expect } from 'vitest';
import { checkCharacter } from '../../../shared/domain/check-character';
import type { Campaign, ReferralCode, Referrer } from '../../../shared/domain/records';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { campaign, DAY, freshDb, NOW, referrer, rules } from '../../integration/db/store-fixture';
import { expectReadable } from './readable';

/** A generated code with a valid check character. */
function generated(prefix: string, body: string): string {
  return prefix + body + checkCharacter(body);
}

export interface ShopRecords {
  shop: Campaign;
  gym: Campaign;
  referrers: Referrer[];
  /** every stored code, each in a different state (valid, used up, expired ...) */
  codes: ReferralCode[];
}

export interface FuzzShop extends ShopRecords {
  db: PosDb;
}

/**
 * A shop (link template https://example.shop/r/{code}) and a gym campaign, and codes for every
 * verdict: valid generated and vanity codes (unlimited, so fuzzing never uses them up), a prefixed
 * one, one used up, one expired, one deactivated, one of the gym.
 */
export function shopRecords(): ShopRecords {
  const shop = campaign({ name: 'Corner shop', linkTemplate: 'https://example.shop/r/{code}', defaultRules: rules({ maxRedemptions: null, firstTimeOnly: false, minimumOrder: 1_000 }) });
  const gym = campaign({ name: 'Gym buddies', linkTemplate: null });
  const dana = referrer(shop.id, { name: 'Dana Whitfield' });
  const sam = referrer(shop.id, { name: 'Sam Ortega', email: 'sam@example.com', phone: '+1 (555) 010-2000' });
  const jo = referrer(gym.id, { name: 'Jo Park', email: 'jo@example.com' });
  const code = (text: string, kind: ReferralCode['kind'], overrides: Partial<ReferralCode> = {}): ReferralCode => ({
    code: text,
    kind,
    campaignId: shop.id,
    referrerId: dana.id,
    active: true,
    rules: shop.defaultRules,
    timesRedeemed: 0,
    pendingRedemptions: 0,
    stripePromotionCodeId: null,
    syncEntryId: null,
    isDemo: false,
    createdAt: NOW,
    ...overrides,
  });
  const codes = [
    code(generated('', 'K7QMX4PD'), 'generated'),
    code('SARAH10', 'vanity', { referrerId: sam.id }),
    code(generated('SPRING', 'H0T1V5P0'), 'generated', { referrerId: sam.id }),
    code(generated('', 'ABCD2345'), 'generated', { rules: rules({ maxRedemptions: 5 }), timesRedeemed: 3, pendingRedemptions: 2 }),
    code(generated('', 'ZZ9Y8X7W'), 'generated', { rules: rules({ expiresAt: NOW - DAY }) }),
    code('OLDFRIEND', 'vanity', { active: false }),
    code(generated('', 'GYM0GYM1'), 'generated', { campaignId: gym.id, referrerId: jo.id, rules: gym.defaultRules }),
  ];
  return { shop, gym, referrers: [dana, sam, jo], codes };
}

/** The shop's records stored in `db` (a fresh database by default). */
export async function fuzzShop(records: ShopRecords = shopRecords(), db: PosDb = freshDb()): Promise<FuzzShop> {
  await db.transaction('rw', [db.campaigns, db.referrers, db.codes], async () => {
    await db.campaigns.bulkAdd([records.shop, records.gym]);
    await db.referrers.bulkAdd(records.referrers);
    await db.codes.bulkAdd(records.codes);
  });
  return { db, ...records };
}

/** Every table's rows, as JSON: equal before and after means nothing was written. */
export async function snapshot(db: PosDb): Promise<string> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map(async (t) => [t.name, await t.toArray()] as const)));
  return JSON.stringify(rows);
}

export type Rows = ReadonlyArray<readonly [string, unknown[]]>;

/** Every table's rows, to put back with restoreRows. */
export async function dumpRows(db: PosDb): Promise<Rows> {
  return db.transaction('r', db.tables, () => Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

/** Puts every table back as dumped: a fuzz run keeps a small database however many sales it records. */
export async function restoreRows(db: PosDb, rows: Rows): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, tableRows] of rows) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(tableRows);
    }
  });
}

/** Rows per table: cheaper than a snapshot, for checks that a write added exactly what it should. */
export async function tableCounts(db: PosDb): Promise<Record<string, number>> {
  const tables = db.tables;
  const counts = await db.transaction('r', tables, () => Promise.all(tables.map(async (t) => [t.name, await t.count()] as const)));
  return Object.fromEntries(counts);
}

/** A refused attempt: at least one readable message, and the store exactly as it was before. */
export async function expectRefusedWithoutChange(db: PosDb, before: string, messages: readonly string[]): Promise<void> {
  expect(messages.length).toBeGreaterThan(0);
  expectReadable(messages);
  expect(await snapshot(db)).toBe(before);
}
