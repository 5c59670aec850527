import Dexie from 'dexie';
import { uuidv7 } from 'uuidv7';
import { generateCode } from '../../../../shared/domain/code-format';
import type { Campaign, ReferralCode, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { queueCodeBatch } from './outbox-queue';

export type RandomBytes = (n: number) => Uint8Array;

/** Browser CSPRNG; getRandomValues refuses more than 65,536 bytes a call. */
export const cryptoRandomBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

/**
 * The same random bytes, fetched 64 KB at a time: a 100,000-code import asks for a few bytes per
 * code, and one system call per code is what made it slow. No byte is handed out twice.
 */
export function pooledRandomBytes(source: RandomBytes = cryptoRandomBytes, poolSize = 65_536): RandomBytes {
  let pool: Uint8Array = new Uint8Array(0);
  let used = 0;
  return (n) => {
    if (n > poolSize) return source(n);
    if (used + n > pool.length) {
      pool = source(poolSize);
      used = 0;
    }
    used += n;
    return pool.slice(used - n, used);
  };
}

export interface GenerationOptions {
  now: number;
  randomBytes?: RandomBytes;
  isDemo?: boolean;
  /** keep the codes on this device: no promotion codes in Stripe */
  localOnly?: boolean;
  /** a referrer whose codes are all deactivated counts as one without a code (replacing a code) */
  ignoreDeactivated?: boolean;
}

/** Redraws before giving up: with 31^8 codes a second collision for one referrer means a broken RNG. */
const MAX_COLLISION_ROUNDS = 8;

/**
 * Gives every listed referrer of the campaign that has no code yet a new generated code carrying the
 * campaign's default rules, and queues their creation in Stripe, in one transaction. Returns the
 * codes created.
 *
 * Built for imports of 100,000 referrers: the only per-code work is the write itself. Uniqueness is
 * enforced by the codes table's primary key (a colliding draw fails its add and is drawn again), and
 * "has no code yet" is one walk of the referrerId index.
 */
export async function generateCodesForReferrers(
  db: PosDb,
  campaign: Campaign,
  referrers: readonly Referrer[],
  options: GenerationOptions,
): Promise<ReferralCode[]> {
  const stranger = referrers.find((r) => r.campaignId !== campaign.id);
  if (stranger) throw new RangeError(`${stranger.name} refers for another campaign than “${campaign.name}”.`);
  const randomBytes = options.randomBytes ?? pooledRandomBytes();
  return db.transaction('rw', db.codes, db.outbox, async () => {
    const wanted = [...new Set(referrers.map((r) => r.id))];
    const existing = db.codes.where('referrerId').anyOf(wanted);
    const withCode = new Set(await (options.ignoreDeactivated ? existing.filter((c) => c.active) : existing).keys());
    const syncEntryId = options.localOnly ? null : uuidv7();
    const draw = (referrerId: string) => newCode(generateCode(campaign.codePrefix, randomBytes), campaign, referrerId, syncEntryId, options);
    const codes = wanted.filter((id) => !withCode.has(id)).map(draw);
    if (codes.length === 0) return codes;
    await addRedrawingCollisions(db, codes, (code) => draw(code.referrerId));
    if (syncEntryId) await queueCodeBatch(db, syncEntryId, campaign, codes.map((c) => c.code), options.now);
    return codes;
  });
}

/** Adds the codes; any that collide with a stored (or another new) code are replaced in place and retried. */
async function addRedrawingCollisions(db: PosDb, codes: ReferralCode[], redraw: (code: ReferralCode) => ReferralCode): Promise<void> {
  let pending = codes.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    if (round === MAX_COLLISION_ROUNDS) throw new Error('Could not draw unique referral codes: the random source repeats itself.');
    pending = await failedPositions(db, pending.map((i) => codes[i]!)).then((failed) => failed.map((k) => pending[k]!));
    for (const i of pending) codes[i] = redraw(codes[i]!);
  }
}

/**
 * Positions whose add hit an existing key. Catching Dexie's BulkError is how Dexie lets a
 * transaction survive an expected constraint failure; any other failure still aborts it.
 */
async function failedPositions(db: PosDb, codes: ReferralCode[]): Promise<number[]> {
  try {
    await db.codes.bulkAdd(codes);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const failures = Object.entries(error.failuresByPos);
    const other = failures.find(([, failure]) => failure.name !== 'ConstraintError');
    if (other) throw other[1];
    return failures.map(([position]) => Number(position));
  }
}

function newCode(code: string, campaign: Campaign, referrerId: string, syncEntryId: string | null, options: GenerationOptions): ReferralCode {
  return {
    code,
    kind: 'generated',
    campaignId: campaign.id,
    referrerId,
    active: true,
    rules: { ...campaign.defaultRules },
    timesRedeemed: 0,
    pendingRedemptions: 0,
    stripePromotionCodeId: null,
    syncEntryId,
    isDemo: options.isDemo ?? false,
    createdAt: options.now,
  };
}
