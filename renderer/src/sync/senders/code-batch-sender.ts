import type { ApiError } from '../../../../shared/api/contract';
import type { ReferralCode } from '../../../../shared/domain/records';
import { failureKind } from '../../../../shared/sync/failure-kind';
import { recordConflict } from '../outbox';
import { toSyncFailure } from '../sync-failure';
import { createPromotionCode } from './promotion-code-sender';
import { nothingToWrite, type Sender } from './sender';

const CHUNK = 200;
const PARALLEL = 4;

/**
 * A batch of new codes becomes promotion codes, a chunk at a time; each code's Stripe id is stored
 * as soon as it exists, so a batch interrupted half-way resumes where it stopped. A code Stripe
 * refuses becomes its own conflict; the rest go on.
 */
export const sendCodeBatch: Sender = async (ctx, entry) => {
  const codes = entry.batch ?? [entry.recordId];
  const refused = new Set((await ctx.db.conflicts.where('entryId').equals(entry.id).toArray()).filter((c) => !c.resolution).map((c) => c.recordId));
  for (let start = 0; start < codes.length; start += CHUNK) {
    const chunk = (await ctx.db.codes.bulkGet(codes.slice(start, start + CHUNK))).filter(
      (c): c is ReferralCode => c !== undefined && c.stripePromotionCodeId === null && !refused.has(c.code),
    );
    const stop = await sendChunk(ctx, entry, chunk);
    if (stop) return { kind: 'failed', error: stop, actions: ['retry'] };
  }
  return { kind: 'done', writeBack: nothingToWrite };
};

/** Returns the error that must stop the whole batch (Stripe busy, offline, key refused), if any. */
async function sendChunk(ctx: Parameters<Sender>[0], entry: Parameters<Sender>[1], chunk: ReferralCode[]): Promise<ApiError | null> {
  const campaign = chunk[0] && (await ctx.db.campaigns.get(chunk[0].campaignId));
  if (!campaign) return null;
  let stop: ApiError | null = null;
  const queue = [...chunk];
  const worker = async () => {
    for (let code = queue.shift(); code && !stop; code = queue.shift()) {
      const result = await createPromotionCode(ctx, code, campaign);
      if (result.ok) continue;
      if (failureKind(result.error) === 'conflict') await recordConflict(ctx.db, entry, code.code, toSyncFailure(result.error, ctx.now()), ['retry']);
      else stop = result.error;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return stop;
}
