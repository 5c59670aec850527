import { describe, expect, it } from 'vitest';
import { generateCodesForReferrers } from '../../../renderer/src/db/repos/code-generator';
import { searchReferrers } from '../../../renderer/src/db/repos/referrer-search';
import { campaign, freshDb, NOW, referrer } from '../db/store-fixture';

describe('finding the referrer when the caller has no code', () => {
  it('finds the campaign’s referrers by name, email or phone, each with their codes', async () => {
    const db = freshDb();
    const shop = campaign();
    const other = campaign({ name: 'Another campaign' });
    const dana = referrer(shop.id, { name: 'Dana Whitfield', email: 'dana@shop.example', phone: '+1 555 010 2000' });
    const danaElsewhere = referrer(other.id, { name: 'Dana Other' });
    await db.campaigns.bulkAdd([shop, other]);
    await db.referrers.bulkAdd([dana, danaElsewhere, referrer(shop.id, { name: 'Marco Rossi', email: 'marco@example.com' })]);
    const [code] = await generateCodesForReferrers(db, shop, [dana], { now: NOW });

    for (const query of ['dana', 'whitfield', 'dana@shop', '555 010']) {
      const hits = await searchReferrers(db, shop.id, query);
      expect(hits.map((h) => h.referrer.name), query).toEqual(['Dana Whitfield']);
      expect(hits[0]!.codes.map((c) => c.code)).toEqual([code!.code]);
    }
    expect(await searchReferrers(db, shop.id, 'd')).toEqual([]);
  });

  it('gives at most the limit of matches', async () => {
    const db = freshDb();
    const shop = campaign();
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd(Array.from({ length: 30 }, (_, i) => referrer(shop.id, { name: `Sam Number ${i}` })));
    expect(await searchReferrers(db, shop.id, 'sam')).toHaveLength(8);
    expect(await searchReferrers(db, shop.id, 'sam', 3)).toHaveLength(3);
  });
});
