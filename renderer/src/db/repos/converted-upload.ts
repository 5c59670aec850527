import { uuidv7 } from 'uuidv7';
import { checkRows, type ColumnMapping, type CsvTable, type KeyKind } from '../../../../shared/csv/converted-customers';
import type { Campaign, Job, Upload } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { readKnownKeys } from './converted-chunk-state';
import { applyRows, type RowOutcome, type RowReport, type UploadRun } from './converted-rows';

/*
 * Uploading a file of converted customers. A row's identity is the campaign, the referral code it
 * resolves to and the customer (email, else phone): a lead is one referred customer and qualifies
 * once, so a row whose lead is already qualified — by this file, an earlier file or a paid sale —
 * changes nothing and is reported "unchanged". The order's date and amount are checked, not part
 * of the identity. The same file (SHA-256 of its bytes) uploaded again is recognised before any
 * row is looked at, and changes nothing.
 */

/** Rows written per transaction: small enough that the page stays responsive and shows progress. */
export const UPLOAD_CHUNK = 5_000;

export interface UploadFile {
  fileName: string;
  /** see fileHash() */
  hash: string;
  table: CsvTable;
  kind: KeyKind;
  mapping: ColumnMapping;
  campaign: Campaign;
}

export interface UploadContext {
  now: number;
  deviceId: string;
  actor: string;
  online: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface UploadResult {
  /** the record of this upload; null when the file had been uploaded before */
  upload: Upload | null;
  /** the earlier upload of the same file, when this one changed nothing because of it */
  earlier: Upload | null;
  /** every row, in file order */
  rows: RowReport[];
  counts: Record<RowOutcome, number>;
}

/** Hex SHA-256 of the file's bytes: what recognises a file uploaded twice. */
export async function fileHash(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function findUploadOfFile(db: PosDb, hash: string): Promise<Upload | undefined> {
  return db.uploads.where('fileHash').equals(hash).first();
}

/** Uploads, newest first. */
export async function listUploads(db: PosDb): Promise<Upload[]> {
  return (await db.uploads.toArray()).sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * Checks and applies every row, in chunked transactions; the upload's record and its audit entry
 * are written with the last chunk. An upload cut short (the app closed or reloaded) leaves its job
 * behind, so the screen can say so; running the same file again finishes it: the rows it applied
 * come back "unchanged", none is applied twice.
 */
export async function uploadConvertedCustomers(db: PosDb, file: UploadFile, ctx: UploadContext): Promise<UploadResult> {
  const earlier = await findUploadOfFile(db, file.hash);
  if (earlier) return alreadyUploaded(db, file, earlier, ctx);
  const { ready, errors } = checkRows(file.table, file.mapping, file.kind, { currency: file.campaign.currency, now: ctx.now, linkTemplates: file.campaign.linkTemplate ? [file.campaign.linkTemplate] : [] });
  const reports: RowReport[] = errors.map((e) => ({ row: e.row, outcome: 'invalid', customer: '', code: null, reason: e.message }));
  const run = await startRun(db, file, ctx);
  const job = await startUploadJob(db, file, errors.length, ctx.now);
  const tables = [db.codes, db.campaigns, db.referrers, db.customers, db.leads, db.redemptions, db.uploads, db.audit, db.jobs];
  const total = file.table.rows.length;
  ctx.onProgress?.(errors.length, total);
  const written: { upload: Upload | null } = { upload: null };
  // At least one transaction: the upload's record is written even when no row was readable.
  for (let start = 0; start === 0 || start < ready.length; start += UPLOAD_CHUNK) {
    const chunk = ready.slice(start, start + UPLOAD_CHUNK);
    const last = start + UPLOAD_CHUNK >= ready.length;
    await db.transaction('rw', tables, async () => {
      reports.push(...(await applyRows(db, run, chunk)));
      const done = errors.length + start + chunk.length;
      await db.jobs.update(job.id, { done, state: last ? 'done' : 'running', updatedAt: ctx.now });
      if (last) written.upload = await recordUpload(db, file, reports, ctx);
    });
    ctx.onProgress?.(errors.length + Math.min(ready.length, start + UPLOAD_CHUNK), total);
    // Let the page paint the progress between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const rows = reports.sort((a, b) => a.row - b.row);
  return { upload: written.upload, earlier: null, rows, counts: countOutcomes(rows) };
}

/** Uploads of converted customers that were cut short: the app closed or reloaded before the last row. */
export function unfinishedUploads(db: PosDb): Promise<Job[]> {
  return db.jobs.where('kind').equals('upload_converted').filter((j) => j.state === 'running').toArray();
}

/** Forgets an unfinished upload (the manager will not finish it); the rows it applied stay applied. */
export async function dismissUnfinishedUpload(db: PosDb, jobId: string, now: number): Promise<void> {
  await db.jobs.update(jobId, { state: 'canceled', updatedAt: now });
}

/** The upload's job: the unfinished one of the same file is taken over, else a new one. */
async function startUploadJob(db: PosDb, file: UploadFile, invalidRows: number, now: number): Promise<Job> {
  return db.transaction('rw', db.jobs, async () => {
    const unfinished = (await unfinishedUploads(db)).filter((j) => j.cursor === file.hash);
    const total = file.table.rows.length;
    const job: Job = { id: uuidv7(), kind: 'upload_converted', campaignId: file.campaign.id, fileName: file.fileName, state: 'running', total, done: invalidRows, cursor: file.hash, createdAt: now, updatedAt: now };
    await db.jobs.bulkPut(unfinished.map((j) => ({ ...j, state: 'canceled' as const, updatedAt: now })));
    await db.jobs.add(job);
    return job;
  });
}

async function startRun(db: PosDb, file: UploadFile, ctx: UploadContext): Promise<UploadRun> {
  const campaigns = new Map((await db.campaigns.toArray()).map((c) => [c.id, c]));
  const promotionCodes = new Map<string, string>();
  if (file.kind === 'stripe') {
    const wanted = new Set(file.table.rows.map((r) => (r[file.table.header.indexOf(file.mapping.key ?? '')] ?? '').trim()));
    await db.codes.each((c) => {
      if (c.stripePromotionCodeId && wanted.has(c.stripePromotionCodeId)) promotionCodes.set(c.stripePromotionCodeId, c.code);
    });
  }
  const knownKeys = await readKnownKeys(db);
  return { campaign: file.campaign, campaigns, promotionCodes, uploadedUses: new Map(), referrerNames: new Map(), knownKeys, fileName: file.fileName, now: ctx.now, deviceId: ctx.deviceId };
}

async function recordUpload(db: PosDb, file: UploadFile, reports: readonly RowReport[], ctx: UploadContext): Promise<Upload> {
  const upload: Upload = {
    id: uuidv7(),
    kind: 'converted_customers',
    fileName: file.fileName,
    fileHash: file.hash,
    rowCount: file.table.rows.length,
    outcomes: countOutcomes(reports),
    createdAt: ctx.now,
    actor: ctx.actor,
  };
  await db.uploads.add(upload);
  await db.audit.add({
    id: uuidv7(), at: ctx.now, actor: ctx.actor, deviceId: ctx.deviceId, online: ctx.online,
    action: 'upload.converted_customers',
    details: { uploadId: upload.id, fileName: file.fileName, fileHash: file.hash, campaignId: file.campaign.id, keyKind: file.kind, rows: upload.rowCount, ...upload.outcomes },
  });
  return upload;
}

/** The same bytes again: nothing is applied; every row says why, and the attempt is audited. */
async function alreadyUploaded(db: PosDb, file: UploadFile, earlier: Upload, ctx: UploadContext): Promise<UploadResult> {
  const when = new Date(earlier.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const reason = `This file was already uploaded on ${when} (“${earlier.fileName}”); nothing was changed.`;
  const keyAt = file.table.header.indexOf(file.mapping.key ?? '');
  const rows: RowReport[] = file.table.rows.map((cells, i) => ({ row: i + 2, outcome: 'unchanged', customer: (cells[keyAt] ?? '').trim(), code: null, reason }));
  await db.audit.add({
    id: uuidv7(), at: ctx.now, actor: ctx.actor, deviceId: ctx.deviceId, online: ctx.online,
    action: 'upload.converted_customers.repeated',
    details: { earlierUploadId: earlier.id, fileName: file.fileName, fileHash: file.hash, rows: rows.length },
  });
  ctx.onProgress?.(rows.length, rows.length);
  return { upload: null, earlier, rows, counts: countOutcomes(rows) };
}

export function countOutcomes(rows: readonly RowReport[]): Record<RowOutcome, number> {
  const counts: Record<RowOutcome, number> = { created: 0, qualified: 0, unchanged: 0, rejected: 0, invalid: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  return counts;
}
