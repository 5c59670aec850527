import { useEffect, useRef } from 'react';
import { useCounterStore } from './counter-store';

const FIELD_READY_MARK = 'pos:code-field-ready';

interface Props {
  ready: boolean;
  currency: string | undefined;
  amountError: string | null;
}

/** The code field (Enter checks it) and the order amount. */
export function CodeEntry({ ready, currency, amountError }: Props) {
  const { codeText, amountText, setCodeText, submitCode, setAmountText } = useCounterStore();
  const codeField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!ready) return;
    codeField.current?.focus();
    // what the cold-start benchmark measures: the moment a cashier can scan
    if (performance.getEntriesByName(FIELD_READY_MARK).length === 0) performance.mark(FIELD_READY_MARK);
  }, [ready]);
  return (
    <form
      className="code-entry"
      onSubmit={(e) => {
        e.preventDefault();
        submitCode(codeText);
      }}
    >
      <label htmlFor="code">Referral code</label>
      <div className="code-row">
        <input
          id="code"
          ref={codeField}
          className="code-input"
          value={codeText}
          disabled={!ready}
          autoComplete="off"
          spellCheck={false}
          placeholder="Scan or type, e.g. K7QM-X4PD-K"
          onChange={(e) => setCodeText(e.target.value)}
        />
        <button type="submit" disabled={!ready}>
          Check code
        </button>
      </div>
      <label htmlFor="amount">Order amount{currency ? ` (${currency})` : ''}</label>
      <input
        id="amount"
        inputMode="decimal"
        autoComplete="off"
        value={amountText}
        aria-invalid={amountError !== null}
        aria-describedby={amountError ? 'amount-error' : undefined}
        onChange={(e) => setAmountText(e.target.value)}
      />
      {amountError && (
        <p id="amount-error" className="field-error" role="alert">
          {amountError}
        </p>
      )}
    </form>
  );
}
