import { nothingToWrite, type Sender } from './sender';

/** A lead's customer becomes a Stripe customer, with where the lead came from in its metadata. */
export const sendCustomer: Sender = async (ctx, entry) => {
  const { db } = ctx;
  const customer = await db.customers.get(entry.recordId);
  if (!customer || customer.stripeCustomerId) return { kind: 'done', writeBack: nothingToWrite };
  const lead = await db.leads.where('customerId').equals(customer.id).first();
  const [referrer, campaign] = lead ? await Promise.all([db.referrers.get(lead.referrerId), db.campaigns.get(lead.campaignId)]) : [undefined, undefined];
  const metadata: Record<string, string> = { customer_id: customer.id, device_id: lead?.deviceId ?? ctx.deviceId };
  if (lead) Object.assign(metadata, { lead_id: lead.id, referral_code: lead.code, referrer_id: lead.referrerId, campaign_id: lead.campaignId });
  if (referrer) metadata['referrer_name'] = referrer.name.slice(0, 500);
  if (campaign) metadata['campaign_name'] = campaign.name.slice(0, 500);
  const result = await ctx.api['stripe:createCustomer']({ idempotencyKey: entry.id, name: customer.name, email: customer.email, phone: customer.phone, metadata });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: async () => void (await db.customers.update(customer.id, { stripeCustomerId: result.value.id })) };
};
