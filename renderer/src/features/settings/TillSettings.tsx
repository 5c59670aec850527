import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { currencyExponent, formatMoney, parseAmountInput, toDecimalString } from '../../../../shared/domain/money';
import { db } from '../../db/db';
import { savePayLaterCap } from '../../db/repos/manager-settings';
import { getSetting, SETTING } from '../../db/repos/settings-repo';
import { actorContext } from '../../session/actor-context';
import { useRefusal } from '../../session/useCan';
import { messageOfSettingError } from './setting-errors';
import { KioskSettings } from '../kiosk/KioskSettings';
import { PaymentLinkPagesForm } from './PaymentLinkPagesForm';
import { StripeConnectionSection } from '../stripe-connection/StripeConnectionSection';
import { ShopLocationForm } from './ShopLocationForm';

const CURRENCY = 'USD';

/** Manager settings of this device: how much it may leave unpaid ("pay later"), and the shop's address for card readers. */
export function TillSettings() {
  const cap = useLiveQuery(() => getSetting<number | null>(db, SETTING.payLaterCap), [], undefined);
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const refusal = useRefusal('settings.change');
  const stripeRefusal = useRefusal('stripe.changeKeys');
  const shown = text ?? (typeof cap === 'number' ? toDecimalString(cap, currencyExponent(CURRENCY)) : '');
  const store = async (amount: number | null, saved: string) => {
    try {
      await savePayLaterCap(db, amount, await actorContext());
      setMessage({ kind: 'saved', text: saved });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOfSettingError(error) });
    }
  };
  const save = async () => {
    if (shown.trim() === '') return store(null, 'Saved: no cap on pay later.');
    const parsed = parseAmountInput(shown, CURRENCY, 'pay-later cap');
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.message });
    await store(parsed.amount, `Saved: at most ${formatMoney(parsed.amount, CURRENCY)} may be left to pay later on this device.`);
  };
  return (
    <main className="settings" aria-label="Settings">
      <h2>Settings of this device</h2>
      {refusal && (
        <p id="settings-refusal" className="muted">
          {refusal}
        </p>
      )}
      <StripeConnectionSection refusal={stripeRefusal} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor="pay-later-cap">Pay-later cap ({CURRENCY}; empty for none)</label>
        <input
          id="pay-later-cap"
          inputMode="decimal"
          value={shown}
          onChange={(e) => setText(e.target.value)}
          disabled={refusal !== null}
          aria-describedby={refusal ? 'settings-refusal' : undefined}
        />
        <button type="submit" disabled={refusal !== null} aria-describedby={refusal ? 'settings-refusal' : undefined}>
          Save
        </button>
        {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      </form>
      <ShopLocationForm />
      <KioskSettings />
      <PaymentLinkPagesForm />
    </main>
  );
}
