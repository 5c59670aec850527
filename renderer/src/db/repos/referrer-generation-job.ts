import { uuidv7 } from 'uuidv7';
import type { Job, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { generateCodesForReferrers } from './code-generator';
import { audit, type ActionContext } from './referrer-audit';
import { requireCampaign } from './referrer-repo';
import { searchEntries } from './referrer-search-index';

/**
 * "Generate referral codes" for every referrer of a campaign without one, as a resumable job: the
 * referrers are walked in id order a chunk at a time; each chunk's codes, their outbox batch and
 * the job's cursor are one transaction, so a cancel or a reload loses nothing and repeats nothing.
 */

export const GENERATION_CHUNK = 250;

/**
 * Active referrers of the campaign without a working code, in id order, after `cursor`: the
 * campaign's referrers from the in-memory search entries (one bulk read) and one indexed read of
 * their codes.
 */
export async function referrersWithoutCode(db: PosDb, campaignId: string, cursor: string | null = null): Promise<string[]> {
  const ids = (await searchEntries(db, campaignId)).filter((r) => r.active && (cursor === null || r.id > cursor)).map((r) => r.id);
  if (ids.length === 0) return [];
  const withCode = new Set(await db.codes.where('referrerId').anyOf(ids).filter((c) => c.active).keys());
  return ids.filter((id) => !withCode.has(id)).sort();
}

/** The campaign's generation job that has not finished (running, or paused by a cancel or a reload). */
export async function unfinishedGenerationJob(db: PosDb, campaignId: string): Promise<Job | undefined> {
  return db.jobs
    .where('kind')
    .equals('generate_codes')
    .filter((j) => j.campaignId === campaignId && (j.state === 'running' || j.state === 'paused'))
    .first();
}

/** Starts the job (or returns the unfinished one, to be resumed): nothing is generated yet. */
export async function startGenerationJob(db: PosDb, campaignId: string, ctx: ActionContext): Promise<Job> {
  const targets = await referrersWithoutCode(db, campaignId);
  return db.transaction('rw', db.jobs, db.audit, async () => {
    const unfinished = await unfinishedGenerationJob(db, campaignId);
    if (unfinished) return unfinished;
    const job: Job = {
      id: uuidv7(), kind: 'generate_codes', campaignId, state: 'running', total: targets.length, done: 0, cursor: null, createdAt: ctx.now, updatedAt: ctx.now,
    };
    await db.jobs.add(job);
    await audit(db, ctx, 'referral_codes.generate_all', { jobId: job.id, campaignId, referrers: targets.length });
    return job;
  });
}

export interface RunOptions {
  chunkSize?: number;
  /** lets the screen repaint between chunks; tests pass their own to stop at a given chunk */
  betweenChunks?: () => Promise<void>;
}

/**
 * Runs (or resumes) the job to its end, unless it is paused meanwhile (checked in each chunk's
 * transaction). Referrers added after the cursor since the start are included; the total follows.
 */
export async function runGenerationJob(db: PosDb, jobId: string, ctx: ActionContext, options: RunOptions = {}): Promise<Job> {
  const chunkSize = options.chunkSize ?? GENERATION_CHUNK;
  const betweenChunks = options.betweenChunks ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let job = await requireJob(db, jobId);
  if (job.state === 'done' || job.state === 'canceled') return job;
  const targets = await referrersWithoutCode(db, job.campaignId, job.cursor);
  job = await db.transaction('rw', db.jobs, async () => {
    const current = await requireJob(db, jobId);
    const resumed = { ...current, state: 'running' as const, total: current.done + targets.length, updatedAt: ctx.now };
    await db.jobs.put(resumed);
    return resumed;
  });
  for (let start = 0; start < targets.length && job.state === 'running'; start += chunkSize) {
    job = await generateChunk(db, jobId, targets.slice(start, start + chunkSize), ctx);
    if (job.state === 'running') await betweenChunks();
  }
  if (job.state !== 'running') return job;
  return finish(db, jobId, ctx);
}

async function generateChunk(db: PosDb, jobId: string, chunk: string[], ctx: ActionContext): Promise<Job> {
  return db.transaction('rw', [db.jobs, db.campaigns, db.referrers, db.codes, db.outbox], async () => {
    const job = await requireJob(db, jobId);
    if (job.state !== 'running') return job;
    const campaign = await requireCampaign(db, job.campaignId);
    const referrers = (await db.referrers.bulkGet(chunk)).filter((r): r is Referrer => r !== undefined && r.active && r.campaignId === campaign.id);
    await generateCodesForReferrers(db, campaign, referrers, { now: ctx.now, ignoreDeactivated: true });
    const next = { ...job, done: job.done + chunk.length, cursor: chunk[chunk.length - 1]!, updatedAt: ctx.now };
    await db.jobs.put(next);
    return next;
  });
}

async function finish(db: PosDb, jobId: string, ctx: ActionContext): Promise<Job> {
  return db.transaction('rw', db.jobs, db.audit, async () => {
    const job = await requireJob(db, jobId);
    if (job.state !== 'running') return job;
    const done = { ...job, state: 'done' as const, updatedAt: ctx.now };
    await db.jobs.put(done);
    await audit(db, ctx, 'referral_codes.generate_all.done', { jobId, campaignId: job.campaignId, referrers: job.done });
    return done;
  });
}

/** Cancel: the chunk under way completes, no further chunk starts; "Resume" carries on from the cursor. */
export async function pauseJob(db: PosDb, jobId: string, ctx: ActionContext): Promise<void> {
  await db.transaction('rw', db.jobs, db.audit, async () => {
    const job = await requireJob(db, jobId);
    if (job.state !== 'running') return;
    await db.jobs.update(jobId, { state: 'paused', updatedAt: ctx.now });
    await audit(db, ctx, `job.${job.kind}.cancel`, { jobId, done: job.done, total: job.total });
  });
}

async function requireJob(db: PosDb, jobId: string): Promise<Job> {
  const job = await db.jobs.get(jobId);
  if (!job) throw new Error('This job no longer exists.');
  return job;
}
