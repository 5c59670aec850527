import { displayCode } from '../../../../shared/domain/code-format';
import { validateLeadContact } from '../../../../shared/domain/contact';
import type { Campaign } from '../../../../shared/domain/records';
import { describeRejection } from '../../../../shared/domain/rules';
import { db } from '../../db/db';
import type { CodeMatch } from '../../db/repos/code-lookup';
import { ConsentMissingError, recordRedemption, RedemptionRefusedError } from '../../db/repos/redemption-recorder';
import { ensureDeviceId } from '../../db/repos/settings-repo';
import { actorLabel } from '../../../../shared/domain/permissions';
import { currentActor } from '../../session/session-store';
import { saleProblems } from '../code-check/sale-problems';
import { storeFailureMessage } from '../../db/storage-errors';
import { useCounterStore } from './counter-store';

interface SaleInput {
  match: CodeMatch | undefined;
  campaign: Campaign | undefined;
  amount: number | null;
  amountError: string | null;
}

/** Validates what the cashier entered and records the redemption; every problem is listed. */
export function useRecordRedemption({ match, campaign, amount, amountError }: SaleInput): () => Promise<void> {
  const { lead, setErrors, finishSale, kioskLeadId } = useCounterStore();
  return async () => {
    const contact = validateLeadContact(lead);
    const errors = saleProblems({
      hasCode: match !== undefined,
      amount,
      amountError,
      contact,
      consent: lead.consent,
      consentMissing: 'The customer must agree to be contacted before their details are saved.',
    });
    if (errors.length > 0 || !match || !campaign || amount === null || !contact.ok) return setErrors(errors);
    try {
      const { redemption } = await recordRedemption(
        db,
        { code: match.code.code, activeCampaignId: campaign.id, orderAmount: amount, lead: contact.value, consentGiven: lead.consent, ...(kioskLeadId && { leadId: kioskLeadId, source: 'kiosk' as const }) },
        { now: Date.now(), deviceId: await ensureDeviceId(db), online: navigator.onLine, actor: actorLabel(currentActor()) },
      );
      finishSale({ redemptionId: redemption.id, leadName: contact.value.name, code: displayCode(match.code.code, match.code.kind), orderAmount: amount, discountAmount: redemption.discountAmount, currency: redemption.currency });
    } catch (error) {
      if (error instanceof RedemptionRefusedError) return setErrors(error.reasons.map((r) => describeRejection(r)));
      if (error instanceof ConsentMissingError) return setErrors([error.message]);
      setErrors([storeFailureMessage('The redemption', error)]);
    }
  };
}
