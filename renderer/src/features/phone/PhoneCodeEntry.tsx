import { useEffect } from 'react';
import { FIELD, focusField } from './focus';
import { usePhoneStore } from './phone-store';

interface Props {
  ready: boolean;
  currency: string | undefined;
  amountError: string | null;
}

/** The code read aloud by the caller (Enter checks it) and the order amount (Enter moves on to the caller). */
export function PhoneCodeEntry({ ready, currency, amountError }: Props) {
  const { codeText, amountText, setCodeText, submitCode, setAmountText } = usePhoneStore();
  useEffect(() => {
    if (ready) focusField(FIELD.code);
  }, [ready]);
  return (
    <form
      className="code-entry"
      aria-label="Code read aloud"
      onSubmit={(e) => {
        e.preventDefault();
        submitCode(codeText);
      }}
    >
      <label htmlFor={FIELD.code}>Referral code</label>
      <div className="code-row">
        <input
          id={FIELD.code}
          className="code-input"
          value={codeText}
          disabled={!ready}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type what the caller reads, e.g. K7QM-X4PD-K"
          onChange={(e) => setCodeText(e.target.value)}
        />
        <button type="submit" disabled={!ready}>
          Check code
        </button>
      </div>
      <label htmlFor={FIELD.amount}>Order amount{currency ? ` (${currency})` : ''}</label>
      <input
        id={FIELD.amount}
        inputMode="decimal"
        autoComplete="off"
        value={amountText}
        aria-invalid={amountError !== null}
        aria-describedby={amountError ? 'phone-amount-error' : undefined}
        onChange={(e) => setAmountText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          focusField(FIELD.callerName);
        }}
      />
      {amountError && (
        <p id="phone-amount-error" className="field-error" role="alert">
          {amountError}
        </p>
      )}
    </form>
  );
}
