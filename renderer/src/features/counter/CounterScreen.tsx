import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { ReaderPanel } from '../card-reader/ReaderPanel';
import { StripeNotice } from '../stripe-connection/StripeNotice';
import { PaymentPanel } from '../payment/PaymentPanel';
import { CodeEntry } from './CodeEntry';
import { useCounterStore } from './counter-store';
import { DemoCodes } from './DemoCodes';
import { KioskCheckIns } from './KioskCheckIns';
import { LeadForm } from './LeadForm';
import { RecentRedemptions } from './RecentRedemptions';
import { RecordedBanner } from './RecordedBanner';
import { useCodeCheck } from '../code-check/useCodeCheck';
import { useRecordRedemption } from './useRecordRedemption';
import { useOrderAmount, useVerdict } from '../code-check/useVerdict';
import { useWedgeScanner } from './useWedgeScanner';
import { VerdictPanel } from '../code-check/VerdictPanel';
import { TypoSuggestions } from './TypoSuggestions';

/** Scan or type a code, see the verdict, capture the lead, record the redemption. */
export function CounterScreen() {
  const { campaigns, active, loaded } = useCampaigns();
  const { checkedText, amountText, lead, errors, submitCode, openSaleId } = useCounterStore();
  const check = useCodeCheck(checkedText, campaigns);
  const match = check?.kind === 'found' ? check.match : undefined;
  const { amount, error: amountError } = useOrderAmount(amountText, active?.currency);
  const verdict = useVerdict(match, campaigns, active, amount, lead);
  const record = useRecordRedemption({ match, campaign: active, amount, amountError });
  useWedgeScanner(submitCode);

  return (
    <main className="counter" aria-label="Counter">
      <section className="counter-main">
        <StripeNotice />
        {loaded && campaigns.length === 0 && (
          <p role="status" aria-label="No campaign" className="no-campaign">
            There is no campaign yet, so there are no referral codes to check. Campaigns and their codes arrive when a Stripe account is connected.
          </p>
        )}
        <CodeEntry ready={loaded && active !== undefined} currency={active?.currency} amountError={amountError} />
        <RecordedBanner />
        {openSaleId && <PaymentPanel redemptionId={openSaleId} />}
        <VerdictPanel check={check} verdict={verdict} campaign={active} renderTypo={(suggestions) => <TypoSuggestions suggestions={suggestions} />} />
        <LeadForm onRecord={record} canRecord={verdict?.accepted === true && match !== undefined} errors={errors} />
      </section>
      <aside className="counter-side">
        <KioskCheckIns />
        <ReaderPanel />
        <DemoCodes campaigns={campaigns} />
        <RecentRedemptions />
      </aside>
    </main>
  );
}
