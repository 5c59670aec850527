import { describe, expect, it } from 'vitest';
import { hasValidCheckCharacter } from '../../../shared/domain/check-character';
import { generateCodesForReferrers, pooledRandomBytes } from '../../../renderer/src/db/repos/code-generator';
import { codesOfReferrer } from '../../../renderer/src/db/repos/code-lookup';
import { campaign, freshDb, NOW, referrer } from './store-fixture';

describe('generating referral codes', () => {
  it('gives each referrer without a code one code with the campaign rules, and skips those with one', async () => {
    const db = freshDb();
    const shop = campaign({ codePrefix: 'SPRING' });
    const people = [referrer(shop.id, { name: 'A' }), referrer(shop.id, { name: 'B' }), referrer(shop.id, { name: 'C' })];
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd(people);
    const [first] = await generateCodesForReferrers(db, shop, [people[2]!], { now: NOW });
    const codes = await generateCodesForReferrers(db, shop, people, { now: NOW });

    expect(codes.map((c) => c.referrerId)).toEqual([people[0]!.id, people[1]!.id]);
    for (const c of codes) {
      expect(c.code.startsWith('SPRING')).toBe(true);
      expect(hasValidCheckCharacter(c.code.slice(-9))).toBe(true);
      expect(c.rules).toEqual(shop.defaultRules);
      expect(await codesOfReferrer(db, c.referrerId)).toEqual([c]);
    }
    expect(await codesOfReferrer(db, people[2]!.id)).toEqual([first]);
  });

  it('refuses to give a campaign’s code to a referrer of another campaign, creating none', async () => {
    const db = freshDb();
    const [shop, gym] = [campaign(), campaign({ name: 'Gym' })];
    const member = referrer(shop.id);
    const gymMember = referrer(gym.id, { name: 'Gia Gym' });
    await db.campaigns.bulkAdd([shop, gym]);
    await db.referrers.bulkAdd([member, gymMember]);
    await expect(generateCodesForReferrers(db, shop, [member, gymMember], { now: NOW })).rejects.toThrow('Gia Gym refers for another campaign than “Friends of the shop”.');
    expect(await db.codes.count()).toBe(0);
  });

  it('draws pooled random bytes without ever handing out the same byte twice', () => {
    let next = 0;
    const counting = (n: number) => Uint8Array.from({ length: n }, () => next++ % 256);
    const pooled = pooledRandomBytes(counting, 16);
    const drawn = [...pooled(5), ...pooled(5), ...pooled(5), ...pooled(5)];
    expect(new Set(drawn).size).toBe(20);
    expect(drawn.slice(0, 15)).toEqual([...Array(15).keys()]);
    expect(drawn.slice(15)).toEqual([16, 17, 18, 19, 20]);
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
    const [a] = await generateCodesForReferrers(db, shop, [first!], { now: NOW, randomBytes });
    const [b] = await generateCodesForReferrers(db, shop, [second!], { now: NOW, randomBytes });
    expect(a!.code).not.toBe(b!.code);
    expect(await db.codes.count()).toBe(2);
  });

  it('draws again when two new codes of one batch collide with each other', async () => {
    const db = freshDb();
    const shop = campaign();
    const people = [referrer(shop.id), referrer(shop.id), referrer(shop.id)];
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd(people);
    const streams = [3, 3, 3, 5, 6];
    let call = 0;
    const randomBytes = (n: number) => new Uint8Array(n).fill(streams[Math.min(call++, streams.length - 1)]!);
    const codes = await generateCodesForReferrers(db, shop, people, { now: NOW, randomBytes });
    expect(new Set(codes.map((c) => c.code)).size).toBe(3);
    expect(await db.codes.count()).toBe(3);
  });

  it('gives up with a clear error, storing nothing, when the random source keeps repeating', async () => {
    const db = freshDb();
    const shop = campaign();
    const people = [referrer(shop.id), referrer(shop.id)];
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd(people);
    const stuck = (n: number) => new Uint8Array(n).fill(4);
    await expect(generateCodesForReferrers(db, shop, people, { now: NOW, randomBytes: stuck })).rejects.toThrow(/random source repeats/);
    expect(await db.codes.count()).toBe(0);
  });

  it('creates 2,000 distinct codes in one go', async () => {
    const db = freshDb();
    const shop = campaign();
    const people = Array.from({ length: 2000 }, (_, i) => referrer(shop.id, { name: `R${i}` }));
    await db.campaigns.add(shop);
    await db.referrers.bulkAdd(people);
    const codes = await generateCodesForReferrers(db, shop, people, { now: NOW });
    expect(new Set(codes.map((c) => c.code)).size).toBe(2000);
    expect(await db.codes.count()).toBe(2000);
  });
});
