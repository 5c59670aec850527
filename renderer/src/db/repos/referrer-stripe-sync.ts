import { uuidv7 } from 'uuidv7';
import type { ApiError, PosApi } from '../../../../shared/api/contract';
import type { StripeCustomer } from '../../../../shared/api/customer-calls';
import type { Job, Referrer } from '../../../../shared/domain/records';
import { ContactIndex, validateReferrer } from '../../../../shared/domain/referrer';
import type { PosDb } from '../pos-db';
import { audit, type ActionContext } from './referrer-audit';
import { contactIndexOf, requireCampaign } from './referrer-repo';

/**
 * "Sync referrers from Stripe": the account's customers become referrers of the campaign (source
 * 'stripe', linked by customer id), a page at a time. Each page and the job's cursor (the page's
 * last customer) are one transaction, so a cancel, a lost network or a reload resumes after the
 * last page stored. Customers already linked are skipped; one whose email or phone is already a
 * referrer's is linked to that referrer instead of added. Nobody is emailed.
 */

export const CUSTOMER_PAGE = 100;

export interface CustomerSyncTally {
  added: number;
  linked: number;
  skipped: number;
}

export type CustomerSyncOutcome = { job: Job; tally: CustomerSyncTally; error: ApiError | null };

export async function unfinishedCustomerSync(db: PosDb, campaignId: string): Promise<Job | undefined> {
  return db.jobs
    .where('kind')
    .equals('sync_stripe_customers')
    .filter((j) => j.campaignId === campaignId && (j.state === 'running' || j.state === 'paused'))
    .first();
}

export async function startCustomerSync(db: PosDb, campaignId: string, ctx: ActionContext): Promise<Job> {
  return db.transaction('rw', db.jobs, db.audit, async () => {
    const unfinished = await unfinishedCustomerSync(db, campaignId);
    if (unfinished) return unfinished;
    const job: Job = { id: uuidv7(), kind: 'sync_stripe_customers', campaignId, state: 'running', total: 0, done: 0, cursor: null, createdAt: ctx.now, updatedAt: ctx.now };
    await db.jobs.add(job);
    await audit(db, ctx, 'referrers.sync_stripe', { jobId: job.id, campaignId });
    return job;
  });
}

export interface CustomerSyncOptions {
  pageSize?: number;
  /** tests stop here after a given page */
  betweenPages?: () => Promise<void>;
}

/** Runs (or resumes) the sync until Stripe has no more customers, the job is paused, or Stripe fails. */
export async function runCustomerSync(db: PosDb, api: PosApi, jobId: string, ctx: ActionContext, options: CustomerSyncOptions = {}): Promise<CustomerSyncOutcome> {
  const tally: CustomerSyncTally = { added: 0, linked: 0, skipped: 0 };
  let job = await db.jobs.update(jobId, { state: 'running', updatedAt: ctx.now }).then(() => requireJob(db, jobId));
  const known = await contactIndexOf(db, job.campaignId);
  for (let hasMore = true; hasMore && job.state === 'running'; ) {
    const page = await api['stripe:listCustomers']({ startingAfter: job.cursor, limit: options.pageSize ?? CUSTOMER_PAGE });
    if (!page.ok) {
      // the customer the cursor names was deleted in the meantime: start over, linked ones are skipped
      if (page.error.stripe?.param === 'starting_after' && job.cursor !== null) {
        job = await db.jobs.update(jobId, { cursor: null }).then(() => requireJob(db, jobId));
        continue;
      }
      return { job: await pause(db, jobId, ctx), tally, error: page.error };
    }
    job = await storePage(db, jobId, page.value.customers, known, tally, ctx);
    hasMore = page.value.hasMore && page.value.customers.length > 0;
    if (job.state === 'running') await (options.betweenPages ?? (async () => {}))();
    job = await requireJob(db, jobId);
  }
  if (job.state !== 'running') return { job, tally, error: null };
  return { job: await finish(db, jobId, tally, ctx), tally, error: null };
}

async function storePage(db: PosDb, jobId: string, customers: StripeCustomer[], known: ContactIndex<Referrer>, tally: CustomerSyncTally, ctx: ActionContext): Promise<Job> {
  return db.transaction('rw', [db.jobs, db.campaigns, db.referrers], async () => {
    const job = await requireJob(db, jobId);
    if (job.state !== 'running' || customers.length === 0) return job;
    const campaign = await requireCampaign(db, job.campaignId);
    const linked = new Set(
      await db.referrers.where('stripeCustomerId').anyOf(customers.map((c) => c.id)).filter((r) => r.campaignId === campaign.id).toArray().then((rs) => rs.map((r) => r.stripeCustomerId)),
    );
    for (const customer of customers) {
      if (linked.has(customer.id)) continue;
      const checked = validateReferrer({ name: customer.name ?? customer.email ?? customer.phone ?? '', email: customer.email, phone: customer.phone });
      if (!checked.ok) {
        tally.skipped += 1;
        continue;
      }
      const match = known.find(checked.value);
      if (match) {
        if (match.existing.stripeCustomerId === null) {
          await db.referrers.update(match.existing.id, { stripeCustomerId: customer.id });
          match.existing.stripeCustomerId = customer.id;
          tally.linked += 1;
        } else tally.skipped += 1;
        continue;
      }
      const { name, email, phone } = checked.value;
      const referrer: Referrer = { id: uuidv7(), campaignId: campaign.id, name, email, phone, active: true, source: 'stripe', stripeCustomerId: customer.id, isDemo: false, createdAt: ctx.now };
      await db.referrers.add(referrer);
      known.add(checked.value, referrer);
      tally.added += 1;
    }
    const next = { ...job, total: job.total + customers.length, done: job.done + customers.length, cursor: customers[customers.length - 1]!.id, updatedAt: ctx.now };
    await db.jobs.put(next);
    return next;
  });
}

async function finish(db: PosDb, jobId: string, tally: CustomerSyncTally, ctx: ActionContext): Promise<Job> {
  return db.transaction('rw', db.jobs, db.audit, async () => {
    const job = await requireJob(db, jobId);
    const done = { ...job, state: 'done' as const, updatedAt: ctx.now };
    await db.jobs.put(done);
    await audit(db, ctx, 'referrers.sync_stripe.done', { jobId, customers: job.done, ...tally });
    return done;
  });
}

async function pause(db: PosDb, jobId: string, ctx: ActionContext): Promise<Job> {
  await db.jobs.update(jobId, { state: 'paused', updatedAt: ctx.now });
  return requireJob(db, jobId);
}

async function requireJob(db: PosDb, jobId: string): Promise<Job> {
  const job = await db.jobs.get(jobId);
  if (!job) throw new Error('This job no longer exists.');
  return job;
}
