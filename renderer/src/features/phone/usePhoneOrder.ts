import { checkoutPages } from '../../../../shared/domain/checkout-link';
import { displayCode } from '../../../../shared/domain/code-format';
import { validateLeadContact } from '../../../../shared/domain/contact';
import type { Campaign } from '../../../../shared/domain/records';
import { describeRejection } from '../../../../shared/domain/rules';
import { db } from '../../db/db';
import { loadCheckoutPages } from '../../db/repos/checkout-pages';
import { recordCheckout } from '../../db/repos/checkout-recorder';
import type { CodeMatch } from '../../db/repos/code-lookup';
import { ConsentMissingError, RedemptionRefusedError, type LeadCaptureDraft, type RecordingContext } from '../../db/repos/lead-capture';
import { recordRedemption } from '../../db/repos/redemption-recorder';
import { storeFailureMessage } from '../../db/storage-errors';
import { actingAs } from '../../session/acting';
import { saleProblems } from '../code-check/sale-problems';
import { usePhoneStore, type PhoneOutcome } from './phone-store';

interface OrderInput {
  match: CodeMatch | undefined;
  campaign: Campaign | undefined;
  amount: number | null;
  amountError: string | null;
}

export interface PhoneOrderActions {
  /** the order is kept as a sale awaiting payment at the store, like a counter sale */
  recordForStore(): Promise<void>;
  /** the order is paid through a payment link (Checkout Session), created now or on sync */
  sendPaymentLink(): Promise<void>;
}

/** Validates the call and records it either way; every problem is listed and nothing is written. */
export function usePhoneOrder({ match, campaign, amount, amountError }: OrderInput): PhoneOrderActions {
  const { caller, setErrors, finish } = usePhoneStore();

  const draftOrErrors = (): LeadCaptureDraft | string[] => {
    const contact = validateLeadContact(caller);
    const errors = saleProblems({
      hasCode: match !== undefined,
      amount,
      amountError,
      contact,
      consent: caller.verbalConsent,
      consentMissing: 'Ask the caller whether they agree to be contacted about the referral program, then tick “Caller agreed verbally”.',
    });
    if (errors.length > 0 || !match || !campaign || amount === null || !contact.ok) return errors;
    const note = caller.note.trim();
    return { code: match.code.code, activeCampaignId: campaign.id, orderAmount: amount, lead: contact.value, consentGiven: true, source: 'phone', consentMethod: 'verbal', note: note === '' ? null : note };
  };

  const run = async (write: (draft: LeadCaptureDraft, ctx: RecordingContext) => Promise<PhoneOutcome>) => {
    const draft = draftOrErrors();
    if (Array.isArray(draft)) return setErrors(draft);
    try {
      finish(await write(draft, await actingAs('counter.use')));
    } catch (error) {
      if (error instanceof RedemptionRefusedError) return setErrors(error.reasons.map((r) => describeRejection(r)));
      if (error instanceof ConsentMissingError) return setErrors([error.message]);
      setErrors([storeFailureMessage('The order', error)]);
    }
  };

  const shownCode = () => (match ? displayCode(match.code.code, match.code.kind) : '');

  return {
    recordForStore: () =>
      run(async (draft, ctx) => {
        const { redemption, lead } = await recordRedemption(db, draft, ctx);
        return { kind: 'store', redemptionId: redemption.id, callerName: lead.name, code: shownCode(), orderAmount: redemption.orderAmount, discountAmount: redemption.discountAmount, currency: redemption.currency };
      }),
    sendPaymentLink: () =>
      run(async (draft, ctx) => {
        const pages = checkoutPages(await loadCheckoutPages(db), campaign?.linkTemplate ?? null);
        const { checkout, lead } = await recordCheckout(db, draft, pages, ctx);
        return { kind: 'link', checkoutId: checkout.id, callerName: lead.name, code: shownCode() };
      }),
  };
}
