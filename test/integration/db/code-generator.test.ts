import { describe, expect, it } from 'vitest';
import { hasValidCheckCharacter } from '../../../shared/domain/check-character';
import { generateCodesForReferrers } from '../../../renderer/src/db/repos/code-generator';
import { campaign, freshDb, NOW, referrer } from './store-fixture';

describe('generating referral codes', () => {
  it('gives each referrer without a code one code with the campaign rules, and skips those with one', async () => {
    const db = freshDb();
    const shop = campaign({ codePrefix: 'SPRING' });
    const people = [referrer(shop.id, { name: 'A' }), referrer(shop.id, { name: 'B' }), referrer(shop.id, { name: 'C', code: 'CVANITY' })];
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd(people);
    const codes = await generateCodesForReferrers(db, shop, people.map((p) => p.id), { now: NOW });

    expect(codes).toHaveLength(2);
    for (const c of codes) {
      expect(c.code.startsWith('SPRING')).toBe(true);
      expect(hasValidCheckCharacter(c.code.slice(-9))).toBe(true);
      expect(c.rules).toEqual(shop.defaultRules);
      expect((await db.referrers.get(c.referrerId))?.code).toBe(c.code);
    }
    expect((await db.referrers.get(people[2]!.id))?.code).toBe('CVANITY');
  });

  it('never reuses a code already in the store: a colliding draw is drawn again', async () => {
    const db = freshDb();
    const shop = campaign();
    const [first, second] = [referrer(shop.id), referrer(shop.id)];
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd([first!, second!]);
    // the same bytes twice, then different ones: the second referrer must not get the first code
    const streams = [7, 7, 9];
    let call = 0;
    const randomBytes = (n: number) => new Uint8Array(n).fill(streams[Math.min(call++, 2)]!);
    const [a] = await generateCodesForReferrers(db, shop, [first!.id], { now: NOW, randomBytes });
    const [b] = await generateCodesForReferrers(db, shop, [second!.id], { now: NOW, randomBytes });
    expect(a!.code).not.toBe(b!.code);
    expect(await db.codes.count()).toBe(2);
  });

  it('creates 2,000 distinct codes in one go', async () => {
    const db = freshDb();
    const shop = campaign();
    const people = Array.from({ length: 2000 }, (_, i) => referrer(shop.id, { name: `R${i}` }));
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd(people);
    const codes = await generateCodesForReferrers(db, shop, people.map((p) => p.id), { now: NOW });
    expect(new Set(codes.map((c) => c.code)).size).toBe(2000);
    expect(await db.codes.count()).toBe(2000);
  });
});
