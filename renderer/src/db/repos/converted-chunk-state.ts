import type { LeadContact } from '../../../../shared/domain/contact';
import type { Customer, Lead, Redemption, ReferralCode } from '../../../../shared/domain/records';
import type { ConvertedRow } from '../../../../shared/csv/converted-customers';
import type { PosDb } from '../pos-db';
import type { UploadRun } from './converted-rows';

/**
 * What one chunk of an upload reads from the store, in a few bulk reads, and what its rows change,
 * kept in memory until the chunk writes it back: a row sees the customers and leads rows before it made.
 */
export interface ChunkState {
  codes: Map<string, ReferralCode>;
  changedCustomers: Map<string, Customer>;
  changedLeads: Map<string, Lead>;
  customerOf(contact: LeadContact): Customer | undefined;
  leadsOf(customerId: string): Lead[];
  /** this lead's sales: `all` of them, those `counted` against the code's limit (not voided), and the newest counted one's order amount */
  redemptionsOf(leadId: string): { all: number; counted: number; lastAmount: number | null };
  uploadedUsesOf(code: string): number;
  referrerName(referrerId: string): string | undefined;
  putCustomer(customer: Customer): Customer;
  putLead(lead: Lead): void;
}

export async function loadChunk(db: PosDb, run: UploadRun, rows: readonly ConvertedRow[]): Promise<ChunkState> {
  // Only keys the store may hold are looked up: in a file of new customers, none is.
  const emailKeys = unique(rows.map((r) => r.contact.emailKey)).filter((k) => run.knownKeys.email.has(k));
  const phoneKeys = unique(rows.map((r) => r.contact.phoneKey)).filter((k) => run.knownKeys.phone.has(k));
  // One index lookup per key, issued at once: far quicker than anyOf's cursor hopping over thousands of keys.
  const found = await Promise.all([
    ...emailKeys.map((k) => db.customers.where('emailKey').equals(k).first()),
    ...phoneKeys.map((k) => db.customers.where('phoneKey').equals(k).first()),
  ]);
  const customers = found.filter((c): c is Customer => c !== undefined);
  const byEmail = new Map<string, Customer>();
  const byPhone = new Map<string, Customer>();
  const remember = (c: Customer) => {
    if (c.emailKey && !byEmail.has(c.emailKey)) byEmail.set(c.emailKey, c);
    if (c.phoneKey && !byPhone.has(c.phoneKey)) byPhone.set(c.phoneKey, c);
  };
  customers.forEach(remember);
  const leads = customers.length ? await db.leads.where('customerId').anyOf(unique(customers.map((c) => c.id))).toArray() : [];
  const leadsByCustomer = groupBy(leads, (l) => l.customerId);
  const redemptions = leads.length ? await db.redemptions.where('leadId').anyOf(leads.map((l) => l.id)).toArray() : [];
  const salesByLead = groupBy(redemptions, (r: Redemption) => r.leadId);
  const codeNames = unique([...rows.flatMap((r) => r.codeCandidates), ...leads.map((l) => l.code), ...rows.map((r) => run.promotionCodes.get(r.key) ?? null)]);
  const codes = new Map((await db.codes.bulkGet(codeNames)).filter((c): c is ReferralCode => c !== undefined).map((c) => [c.code, c]));
  await countUploadedUses(db, run, [...codes.keys()]);
  const newReferrers = unique([...codes.values()].map((c) => c.referrerId)).filter((id) => !run.referrerNames.has(id));
  for (const r of await db.referrers.bulkGet(newReferrers)) if (r) run.referrerNames.set(r.id, r.name);

  const state: ChunkState = {
    codes,
    changedCustomers: new Map(),
    changedLeads: new Map(),
    customerOf: (contact) => (contact.emailKey ? byEmail.get(contact.emailKey) : undefined) ?? (contact.phoneKey ? byPhone.get(contact.phoneKey) : undefined),
    leadsOf: (customerId) => leadsByCustomer.get(customerId) ?? [],
    redemptionsOf: (leadId) => {
      const sales = salesByLead.get(leadId) ?? [];
      const counted = sales.filter((s) => s.status !== 'voided').sort((a, b) => b.createdAt - a.createdAt);
      return { all: sales.length, counted: counted.length, lastAmount: counted[0]?.orderAmount ?? null };
    },
    uploadedUsesOf: (code) => run.uploadedUses.get(code) ?? 0,
    referrerName: (id) => run.referrerNames.get(id),
    putCustomer: (customer) => {
      state.changedCustomers.set(customer.id, customer);
      if (customer.emailKey) run.knownKeys.email.add(customer.emailKey);
      if (customer.phoneKey) run.knownKeys.phone.add(customer.phoneKey);
      for (const [map, key] of [[byEmail, customer.emailKey], [byPhone, customer.phoneKey]] as const) {
        if (key && (!map.has(key) || map.get(key)!.id === customer.id)) map.set(key, customer);
      }
      return customer;
    },
    putLead: (lead) => {
      state.changedLeads.set(lead.id, lead);
      const list = leadsByCustomer.get(lead.customerId) ?? [];
      leadsByCustomer.set(lead.customerId, [...list.filter((l) => l.id !== lead.id), lead]);
    },
  };
  return state;
}

/** The email and phone keys of every customer in the store, read once per upload (keys only). */
export async function readKnownKeys(db: PosDb): Promise<{ email: Set<string>; phone: Set<string> }> {
  const [email, phone] = await Promise.all([db.customers.orderBy('emailKey').uniqueKeys(), db.customers.orderBy('phoneKey').uniqueKeys()]);
  return { email: new Set(email.map(String)), phone: new Set(phone.map(String)) };
}

/** Leads created by uploads, per code: counted once per upload from the store, then kept in `run`. */
async function countUploadedUses(db: PosDb, run: UploadRun, codes: readonly string[]): Promise<void> {
  const unseen = codes.filter((c) => !run.uploadedUses.has(c));
  if (unseen.length === 0) return;
  for (const code of unseen) run.uploadedUses.set(code, 0);
  await db.leads.where('code').anyOf(unseen).each((lead) => {
    if (lead.source === 'upload') run.uploadedUses.set(lead.code, (run.uploadedUses.get(lead.code) ?? 0) + 1);
  });
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
