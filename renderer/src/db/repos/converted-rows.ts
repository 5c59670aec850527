import { uuidv7 } from 'uuidv7';
import { displayCode } from '../../../../shared/domain/code-format';
import { conversionRejections, leadStanding, qualifiedByUpload } from '../../../../shared/domain/conversion';
import { formatMoney } from '../../../../shared/domain/money';
import type { Campaign, Customer, Lead, ReferralCode } from '../../../../shared/domain/records';
import type { ConvertedRow } from '../../../../shared/csv/converted-customers';
import type { PosDb } from '../pos-db';
import { loadChunk, type ChunkState } from './converted-chunk-state';

/** What a row did: a new lead, an existing lead qualified, nothing (already so), refused by a rule, or unreadable. */
export type RowOutcome = 'created' | 'qualified' | 'unchanged' | 'rejected' | 'invalid';

export interface RowReport {
  row: number;
  outcome: RowOutcome;
  customer: string;
  code: string | null;
  reason: string;
}

/** What stays the same for every chunk of one upload; `uploadedUses` grows as rows apply. */
export interface UploadRun {
  campaign: Campaign;
  campaigns: Map<string, Campaign>;
  /** stripe kind: promotion code id → code */
  promotionCodes: Map<string, string>;
  /** conversions uploaded per code: read from the store on first sight, then counted here */
  uploadedUses: Map<string, number>;
  /** referrers' names by id, read as their codes are met */
  referrerNames: Map<string, string>;
  /** customers' email and phone keys: the store's at the start, and those this upload adds */
  knownKeys: { email: Set<string>; phone: Set<string> };
  fileName: string;
  now: number;
  deviceId: string;
}

type Target = { lead: Lead } | { code: ReferralCode } | { reject: string };

/**
 * Applies one chunk of checked rows inside the caller's transaction: each row creates a lead and
 * qualifies it, qualifies an existing one, or is reported unchanged or rejected with its reason.
 * Reads are batched per chunk; later rows see what earlier rows did (same customer twice → unchanged).
 */
export async function applyRows(db: PosDb, run: UploadRun, rows: readonly ConvertedRow[]): Promise<RowReport[]> {
  const state = await loadChunk(db, run, rows);
  const reports = rows.map((row) => applyRow(run, state, row));
  // Issued together: IndexedDB queues them in order, without a round trip to the page between.
  await Promise.all([db.customers.bulkPut([...state.changedCustomers.values()]), db.leads.bulkPut([...state.changedLeads.values()])]);
  return reports;
}

function applyRow(run: UploadRun, state: ChunkState, row: ConvertedRow): RowReport {
  const customer = state.customerOf(row.contact);
  const target = findTarget(run, state, row, customer);
  const name = 'lead' in target ? target.lead.name : row.contact.name;
  const report = (outcome: RowOutcome, reason: string, code: string | null): RowReport => ({ row: row.row, outcome, customer: name, code, reason });
  if ('reject' in target) return report('rejected', target.reject, null);
  if ('lead' in target) {
    const lead = target.lead;
    const shown = showCode(state.codes.get(lead.code), lead.code);
    const standing = leadStanding(lead);
    if (standing) return report(standing.outcome, standing.reason, shown);
    const code = state.codes.get(lead.code);
    if (!code) return report('rejected', `The lead's referral code ${lead.code} is no longer on this device.`, shown);
    const own = state.redemptionsOf(lead.id);
    // A row without an amount is judged with the lead's own sale at the counter, when it has one.
    const amount = row.amount ?? own.lastAmount;
    const reasons = judge(run, state, { ...row, amount }, code, own.counted, customer && customer.orderCount - own.all > 0 ? 'returning' : 'first_time');
    if (reasons.length > 0) return report('rejected', reasons.join(' '), shown);
    state.putLead({ ...lead, ...qualifiedByUpload({ fileName: run.fileName, row: row.row }) });
    return report('qualified', `The lead captured ${sourceWords(lead)} is qualified.`, shown);
  }
  const { code } = target;
  const shown = showCode(code, code.code);
  const reasons = judge(run, state, row, code, 0, customer && customer.orderCount > 0 ? 'returning' : 'first_time');
  if (reasons.length > 0) return report('rejected', reasons.join(' '), shown);
  const saved = saveCustomer(run, state, row, customer);
  state.putLead(newLead(run, row, code, saved.id));
  run.uploadedUses.set(code.code, (run.uploadedUses.get(code.code) ?? 0) + 1);
  const referrer = state.referrerName(code.referrerId);
  return report('created', `New lead for ${referrer ? `${referrer}'s` : 'the'} code, qualified.`, shown);
}

/** The lead the row qualifies, or the code a new lead is created for; see the Uploads screen's help. */
function findTarget(run: UploadRun, state: ChunkState, row: ConvertedRow, customer: Customer | undefined): Target {
  const leads = customer ? state.leadsOf(customer.id) : [];
  if (row.kind === 'stripe' && !row.key.startsWith('promo_')) {
    const campaign = [...run.campaigns.values()].find((c) => c.stripeCouponId === row.key);
    if (!campaign) return { reject: `No campaign here has the Stripe coupon ${row.key} (has it synced yet?).` };
    if (campaign.id !== run.campaign.id) return { reject: `The coupon ${row.key} is the “${campaign.name}” campaign's, not this one's.` };
    const lead = pickLead(run, leads.filter((l) => l.campaignId === campaign.id));
    return lead ? { lead } : { reject: `A coupon names the campaign but no referrer, and ${row.contact.name} has no lead in it to qualify.` };
  }
  const code = resolveCode(run, state, row);
  if (code === 'unknown') return { reject: unknownCode(row) };
  if (code === null) {
    const lead = pickLead(run, leads);
    return lead ? { lead } : { reject: `No lead with this email yet; add a referral code column to create one for that code's referrer.` };
  }
  const lead = pickLead(run, leads.filter((l) => l.code === code.code));
  return lead ? { lead } : { code };
}

function resolveCode(run: UploadRun, state: ChunkState, row: ConvertedRow): ReferralCode | null | 'unknown' {
  if (row.kind === 'stripe') {
    const code = run.promotionCodes.get(row.key);
    return (code && state.codes.get(code)) || 'unknown';
  }
  if (row.codeCandidates.length === 0) return null;
  for (const candidate of row.codeCandidates) {
    const code = state.codes.get(candidate);
    if (code) return code;
  }
  return 'unknown';
}

function unknownCode(row: ConvertedRow): string {
  if (row.kind === 'stripe') return `No referral code here has the Stripe promotion code ${row.key} (has it synced yet?).`;
  return `Unknown referral code ${row.codeCandidates[0] ?? ''}.`;
}

/**
 * Of a customer's leads: the upload's campaign first (a lead in another one is then rejected by the
 * campaign rule), within it a qualified one (the row is then unchanged), else the newest.
 */
function pickLead(run: UploadRun, leads: readonly Lead[]): Lead | undefined {
  const rank = (lead: Lead) => (lead.campaignId === run.campaign.id ? 2 : 0) + (lead.status === 'qualified' ? 1 : 0);
  return [...leads].sort((a, b) => rank(b) - rank(a) || b.createdAt - a.createdAt)[0];
}

function judge(run: UploadRun, state: ChunkState, row: ConvertedRow, code: ReferralCode, ownUses: number, customer: 'returning' | 'first_time'): string[] {
  return conversionRejections({
    code,
    codeCampaign: run.campaigns.get(code.campaignId),
    campaign: run.campaign,
    uploadedUses: state.uploadedUsesOf(code.code),
    ownUses,
    customer,
    amount: row.amount,
    orderedAt: row.orderedAt,
  });
}

function saveCustomer(run: UploadRun, state: ChunkState, row: ConvertedRow, known: Customer | undefined): Customer {
  if (known) return state.putCustomer({ ...known, orderCount: known.orderCount + 1 });
  const { name, email, phone, emailKey, phoneKey } = row.contact;
  // Kept on this device (the first-time rule counts the order): Stripe never saw this sale.
  const customer: Customer = { id: uuidv7(), name, email, phone, emailKey, phoneKey, orderCount: 1, stripeCustomerId: null, isDemo: false, createdAt: run.now };
  return state.putCustomer(customer);
}

function newLead(run: UploadRun, row: ConvertedRow, code: ReferralCode, customerId: string): Lead {
  const { name, email, phone } = row.contact;
  const order = row.amount === null ? 'order' : `order of ${formatMoney(row.amount, run.campaign.currency)}`;
  const when = row.dated ? `on ${new Date(row.orderedAt).toISOString().slice(0, 10)}` : '(no date given)';
  return {
    id: uuidv7(), campaignId: code.campaignId, referrerId: code.referrerId, code: code.code, customerId, name, email, phone,
    // The manager confirms on upload that these customers agreed to be contacted (by the shop's staff).
    consent: { method: 'verbal', at: row.orderedAt },
    ...qualifiedByUpload({ fileName: run.fileName, row: row.row }),
    source: 'upload',
    note: `Offline ${order} ${when}.`,
    createdAt: run.now,
    deviceId: run.deviceId,
  };
}

function showCode(code: ReferralCode | undefined, canonical: string): string {
  return code ? displayCode(code.code, code.kind) : canonical;
}

function sourceWords(lead: Lead): string {
  return { counter: 'at the counter', kiosk: 'at the kiosk', phone: 'by phone', upload: 'by an upload' }[lead.source];
}
