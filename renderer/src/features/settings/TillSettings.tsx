import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { currencyExponent, formatMoney, parseAmountInput, toDecimalString } from '../../../../shared/domain/money';
import { db } from '../../db/db';
import { getSetting, putSetting, SETTING } from '../../db/repos/settings-repo';
import { StripeConnectionSection } from '../stripe-connection/StripeConnectionSection';
import { ShopLocationForm } from './ShopLocationForm';

const CURRENCY = 'USD';

/** Manager settings of this device: how much it may leave unpaid ("pay later"), and the shop's address for card readers. */
export function TillSettings() {
  const cap = useLiveQuery(() => getSetting<number | null>(db, SETTING.payLaterCap), [], undefined);
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const shown = text ?? (typeof cap === 'number' ? toDecimalString(cap, currencyExponent(CURRENCY)) : '');
  const save = async () => {
    if (shown.trim() === '') {
      await putSetting(db, SETTING.payLaterCap, null);
      return setMessage({ kind: 'saved', text: 'Saved: no cap on pay later.' });
    }
    const parsed = parseAmountInput(shown, CURRENCY, 'pay-later cap');
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.message });
    await putSetting(db, SETTING.payLaterCap, parsed.amount);
    setMessage({ kind: 'saved', text: `Saved: at most ${formatMoney(parsed.amount, CURRENCY)} may be left to pay later on this device.` });
  };
  return (
    <main className="settings" aria-label="Settings">
      <h2>Settings of this device</h2>
      <StripeConnectionSection />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor="pay-later-cap">Pay-later cap ({CURRENCY}; empty for none)</label>
        <input id="pay-later-cap" inputMode="decimal" value={shown} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Save</button>
        {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
      </form>
      <ShopLocationForm />
    </main>
  );
}
