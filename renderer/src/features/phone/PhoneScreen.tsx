import { useEffect } from 'react';
import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { useCodeCheck } from '../code-check/useCodeCheck';
import { useOrderAmount, useVerdict } from '../code-check/useVerdict';
import { VerdictPanel } from '../code-check/VerdictPanel';
import { CallerForm } from './CallerForm';
import { FIELD, focusField } from './focus';
import { PhoneCodeEntry } from './PhoneCodeEntry';
import { PhoneOutcomeNotice } from './PhoneOutcomeNotice';
import { usePhoneStore } from './phone-store';
import { ReadBack } from './ReadBack';
import { ReferrerFinder } from './ReferrerFinder';
import { Shortcuts } from './Shortcuts';
import { SuggestionPicker } from './SuggestionPicker';
import { usePhoneOrder } from './usePhoneOrder';
import { useShortcuts } from './useShortcuts';

/**
 * A sales rep on the phone: the code read aloud (typos caught, read back phonetically) or the
 * referrer found by name, the caller captured with verbal consent, then the order recorded for
 * the store or paid through a link. Keyboard first; works offline.
 */
export function PhoneScreen() {
  const { campaigns, active, loaded } = useCampaigns();
  const { checkedText, amountText, caller, errors, outcome } = usePhoneStore();
  const check = useCodeCheck(checkedText, campaigns);
  const match = check?.kind === 'found' ? check.match : undefined;
  const { amount, error: amountError } = useOrderAmount(amountText, active?.currency);
  const verdict = useVerdict(match, campaigns, active, amount, caller);
  const actions = usePhoneOrder({ match, campaign: active, amount, amountError });
  useShortcuts();
  const foundCode = match?.code.code;
  useEffect(() => {
    // a code is settled: on to the amount
    if (foundCode) focusField(FIELD.amount);
  }, [foundCode, checkedText]);
  useEffect(() => {
    // the call is recorded: ready for the next caller's code
    if (outcome) focusField(FIELD.code);
  }, [outcome]);

  return (
    <main className="phone" aria-label="Phone">
      <section className="phone-main">
        {loaded && campaigns.length === 0 && (
          <p role="status" className="no-campaign">
            There is no campaign yet, so there are no referral codes to check.
          </p>
        )}
        <PhoneCodeEntry ready={loaded && active !== undefined} currency={active?.currency} amountError={amountError} />
        <PhoneOutcomeNotice />
        <VerdictPanel
          check={check}
          verdict={verdict}
          campaign={active}
          prompt="Type the code the caller reads out, or find the referrer by name."
          renderTypo={(suggestions) => <SuggestionPicker suggestions={suggestions} />}
        />
        {match && <ReadBack code={match.code} />}
        <CallerForm actions={actions} canRecord={verdict?.accepted === true && match !== undefined} errors={errors} />
      </section>
      <aside className="phone-side">
        <ReferrerFinder campaignId={active?.id} />
        <Shortcuts />
      </aside>
    </main>
  );
}
