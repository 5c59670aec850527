import { uuidv7 } from 'uuidv7';
import type { ImportRow, RowProblem } from '../../../../shared/csv/referrer-import';
import type { Campaign, Referrer, Upload } from '../../../../shared/domain/records';
import { duplicateMessage } from '../../../../shared/domain/referrer';
import type { PosDb } from '../pos-db';
import { generateCodesForReferrers } from './code-generator';
import { audit, type ActionContext } from './referrer-audit';
import { contactIndexOf, requireCampaign } from './referrer-repo';

const IMPORT_CHUNK = 1_000;

export interface ImportFile {
  fileName: string;
  /** SHA-256 of the file's bytes, hex */
  fileHash: string;
  /** data rows in the file */
  rowCount: number;
  /** rows the check refused (bad or duplicate), reported with the import */
  problems: RowProblem[];
}

export interface ImportReport {
  /** the imported file's SHA-256 */
  fileHash: string;
  added: number;
  codes: number;
  /** the referrers added, in file order */
  referrerIds: string[];
  /**
   * everyone the file names who is a referrer of the campaign now, added or already there, in file
   * order: an event's print run is made of them, also when the file is imported again after a
   * reload cut the first import short
   */
  namedReferrerIds: string[];
  /** the check's problems and rows found to be duplicates while importing */
  problems: RowProblem[];
}

/** An earlier import of the same file into this device, if any. */
export async function earlierUpload(db: PosDb, fileHash: string): Promise<Upload | undefined> {
  return db.uploads.where('fileHash').equals(fileHash).filter((u) => u.kind === 'referrers').first();
}

/**
 * Who gets a referral code: nobody, the referrers added, or everyone the file names (an event's
 * staff all need a card, also those who were referrers already).
 */
export type ImportCodes = 'none' | 'added' | 'everyone_named';

/**
 * Adds the checked rows as referrers (source 'csv'), a chunk per transaction, with a referral code
 * each when asked (queued for Stripe with the chunk). A row whose email or phone became a
 * referrer's since the check is reported, not added twice. Nobody is emailed.
 */
export async function importReferrers(db: PosDb, campaignId: string, rows: readonly ImportRow[], file: ImportFile, codesFor: ImportCodes, ctx: ActionContext): Promise<ImportReport> {
  const withCodes = codesFor !== 'none';
  const campaign = await requireCampaign(db, campaignId);
  const known = await contactIndexOf(db, campaignId);
  const problems = [...file.problems];
  let added = 0;
  let codes = 0;
  const referrerIds: string[] = [];
  const named: { row: number; id: string }[] = file.problems.flatMap((p) => (p.referrerId === undefined ? [] : [{ row: p.row, id: p.referrerId }]));
  for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
    if (start > 0) await letThePagePaint();
    await db.transaction('rw', [db.referrers, db.codes, db.outbox], async () => {
      const fresh: Referrer[] = [];
      for (const { row, contact } of rows.slice(start, start + IMPORT_CHUNK)) {
        const match = known.find(contact);
        if (match) {
          problems.push({ row, kind: 'already_referrer', reason: duplicateMessage(match), referrerId: match.existing.id });
          named.push({ row, id: match.existing.id });
          continue;
        }
        const referrer: Referrer = {
          id: uuidv7(), campaignId, name: contact.name, email: contact.email, phone: contact.phone,
          active: true, source: 'csv', stripeCustomerId: null, isDemo: false, createdAt: ctx.now,
        };
        known.add(contact, referrer);
        fresh.push(referrer);
        named.push({ row, id: referrer.id });
      }
      await db.referrers.bulkAdd(fresh);
      if (withCodes) codes += (await generateCodesForReferrers(db, campaign, fresh, { now: ctx.now })).length;
      added += fresh.length;
      referrerIds.push(...fresh.map((r) => r.id));
    });
  }
  const namedReferrerIds = [...new Set(named.sort((a, b) => a.row - b.row).map((n) => n.id))];
  if (codesFor === 'everyone_named') codes += await codesForThoseWithout(db, campaign, namedReferrerIds, ctx.now);
  problems.sort((a, b) => a.row - b.row);
  const report = { fileHash: file.fileHash, added, codes, problems, referrerIds, namedReferrerIds };
  await recordUpload(db, file, report, ctx);
  return report;
}

async function codesForThoseWithout(db: PosDb, campaign: Campaign, ids: string[], now: number): Promise<number> {
  const people = (await db.referrers.bulkGet(ids)).filter((r): r is Referrer => r !== undefined && r.active !== false);
  return (await generateCodesForReferrers(db, campaign, people, { now, ignoreDeactivated: true })).length;
}

/** Between chunks, so that the page shows it is working (and a reload lands between two of them). */
function letThePagePaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function recordUpload(db: PosDb, file: ImportFile, report: ImportReport, ctx: ActionContext): Promise<void> {
  const outcomes: Record<string, number> = { added: report.added, codes: report.codes };
  for (const p of report.problems) outcomes[p.kind] = (outcomes[p.kind] ?? 0) + 1;
  await db.transaction('rw', db.uploads, db.audit, async () => {
    await db.uploads.add({ id: uuidv7(), kind: 'referrers', fileName: file.fileName, fileHash: file.fileHash, rowCount: file.rowCount, outcomes, createdAt: ctx.now, actor: ctx.actor });
    await audit(db, ctx, 'referrers.import', { fileName: file.fileName, rows: file.rowCount, added: report.added, codes: report.codes, refused: report.problems.length });
  });
}
