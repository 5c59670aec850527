import { describe, expect, it } from 'vitest';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { queueCoupon } from '../../../renderer/src/db/repos/outbox-queue';
import type { ActionContext } from '../../../renderer/src/db/repos/referrer-audit';
import {
  pauseJob,
  referrersWithoutCode,
  runGenerationJob,
  startGenerationJob,
  unfinishedGenerationJob,
} from '../../../renderer/src/db/repos/referrer-generation-job';
import { deactivateCode } from '../../../renderer/src/db/repos/referrer-codes';
import { campaign, freshDb, NOW, referrer } from '../db/store-fixture';

const ctx: ActionContext = { now: NOW, actor: 'manager', deviceId: 'test-device', online: true };

async function campaignWithReferrers(db: PosDb, count: number) {
  const shop = campaign();
  const people = Array.from({ length: count }, (_, i) => referrer(shop.id, { name: `Referrer ${i}`, email: `r${i}@example.com` }));
  await db.campaigns.add(shop);
  await queueCoupon(db, shop, NOW);
  await db.referrers.bulkAdd(people);
  return { shop, people };
}

async function codeBatches(db: PosDb) {
  return db.outbox.filter((e) => e.kind === 'promotion_code.create').toArray();
}

describe('generating referral codes for every referrer without one', () => {
  it('works in chunks: each chunk one outbox batch, every referrer one code, the job done', async () => {
    const db = freshDb();
    const { shop, people } = await campaignWithReferrers(db, 1_000);
    const job = await startGenerationJob(db, shop.id, ctx);
    expect(job.total).toBe(1_000);
    const progress: number[] = [];
    const finished = await runGenerationJob(db, job.id, ctx, { chunkSize: 300, betweenChunks: async () => void progress.push((await db.jobs.get(job.id))!.done) });

    expect(finished).toMatchObject({ state: 'done', done: 1_000, total: 1_000 });
    expect(progress).toEqual([300, 600, 900, 1_000]);
    const codes = await db.codes.toArray();
    expect(new Set(codes.map((c) => c.referrerId))).toEqual(new Set(people.map((p) => p.id)));
    expect(codes).toHaveLength(1_000);
    const batches = await codeBatches(db);
    expect(batches.map((b) => b.batch!.length)).toEqual([300, 300, 300, 100]);
    expect(new Set(batches.flatMap((b) => b.batch!))).toEqual(new Set(codes.map((c) => c.code)));
    expect(await referrersWithoutCode(db, shop.id)).toEqual([]);
  });

  it('stops after a cancel and resumes from its cursor: each referrer gets one code, no batch twice', async () => {
    const db = freshDb();
    const { shop } = await campaignWithReferrers(db, 1_000);
    const job = await startGenerationJob(db, shop.id, ctx);
    let chunks = 0;
    const cancelAfterTwo = async () => {
      if (++chunks === 2) await pauseJob(db, job.id, ctx);
    };
    const paused = await runGenerationJob(db, job.id, ctx, { chunkSize: 200, betweenChunks: cancelAfterTwo });
    expect(paused).toMatchObject({ state: 'paused', done: 400, total: 1_000 });
    expect(await db.codes.count()).toBe(400);
    expect(await unfinishedGenerationJob(db, shop.id)).toMatchObject({ id: job.id, state: 'paused' });

    // a reload: the screen finds the unfinished job and "Resume" runs it again from the cursor
    const again = await startGenerationJob(db, shop.id, ctx);
    expect(again.id).toBe(job.id);
    const done = await runGenerationJob(db, job.id, ctx, { chunkSize: 200, betweenChunks: async () => {} });
    expect(done).toMatchObject({ state: 'done', done: 1_000, total: 1_000 });
    const codes = await db.codes.toArray();
    expect(codes).toHaveLength(1_000);
    expect(new Set(codes.map((c) => c.referrerId)).size).toBe(1_000);
    const batches = await codeBatches(db);
    expect(batches).toHaveLength(5);
    expect(batches.flatMap((b) => b.batch!).sort()).toEqual(codes.map((c) => c.code).sort());
    const auditActions = (await db.audit.toArray()).map((a) => a.action);
    expect(auditActions).toEqual(['referral_codes.generate_all', 'job.generate_codes.cancel', 'referral_codes.generate_all.done']);
  });

  it('skips deactivated referrers and those with a working code, and counts one whose code was deactivated', async () => {
    const db = freshDb();
    const { shop, people } = await campaignWithReferrers(db, 4);
    await db.referrers.update(people[0]!.id, { active: false });
    const first = await startGenerationJob(db, shop.id, ctx);
    await runGenerationJob(db, first.id, ctx, { betweenChunks: async () => {} });
    expect(await db.codes.count()).toBe(3);
    const retired = (await db.codes.where('referrerId').equals(people[1]!.id).first())!;
    await deactivateCode(db, retired.code, ctx);

    expect(await referrersWithoutCode(db, shop.id)).toEqual([people[1]!.id]);
    const second = await startGenerationJob(db, shop.id, ctx);
    expect(second.total).toBe(1);
    await runGenerationJob(db, second.id, ctx, { betweenChunks: async () => {} });
    const codesOfSecond = await db.codes.where('referrerId').equals(people[1]!.id).toArray();
    expect(codesOfSecond.filter((c) => c.active)).toHaveLength(1);
    expect(codesOfSecond).toHaveLength(2);
  });
});
