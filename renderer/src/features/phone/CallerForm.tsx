import { FIELD } from './focus';
import { usePhoneStore } from './phone-store';
import type { PhoneOrderActions } from './usePhoneOrder';

interface Props {
  actions: PhoneOrderActions;
  canRecord: boolean;
  errors: string[];
}

/**
 * The caller as a lead: name and email or phone, their verbal consent, the rep's note; then the
 * order is recorded for payment at the store (Enter) or paid through a link (Ctrl+Enter).
 */
export function CallerForm({ actions, canRecord, errors }: Props) {
  const { caller, setCaller } = usePhoneStore();
  return (
    <form
      className="lead-form caller-form"
      aria-label="Caller"
      // the app checks every field itself and lists each problem; the browser's own email check would block that list
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        void (submitter?.dataset['action'] === 'link' ? actions.sendPaymentLink() : actions.recordForStore());
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
        e.preventDefault();
        if (canRecord) void actions.sendPaymentLink();
      }}
    >
      <h2>Caller</h2>
      <label htmlFor={FIELD.callerName}>Caller name</label>
      <input id={FIELD.callerName} autoComplete="off" value={caller.name} onChange={(e) => setCaller({ name: e.target.value })} />
      <label htmlFor="phone-caller-email">Email</label>
      <input id="phone-caller-email" type="email" autoComplete="off" value={caller.email} onChange={(e) => setCaller({ email: e.target.value })} />
      <label htmlFor="phone-caller-phone">Phone</label>
      <input id="phone-caller-phone" type="tel" autoComplete="off" value={caller.phone} onChange={(e) => setCaller({ phone: e.target.value })} />
      <label className="consent">
        <input type="checkbox" checked={caller.verbalConsent} aria-describedby="phone-consent-hint" onChange={(e) => setCaller({ verbalConsent: e.target.checked })} />
        Caller agreed verbally
      </label>
      <p id="phone-consent-hint" className="muted">
        Ask: “May we contact you about our referral program?” Tick only after a yes; it is recorded as verbal consent.
      </p>
      <label htmlFor={FIELD.note}>Note</label>
      <textarea id={FIELD.note} rows={2} maxLength={1000} value={caller.note} onChange={(e) => setCaller({ note: e.target.value })} />
      {errors.length > 0 && (
        <ul className="form-errors" role="alert" aria-label="Problems">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="caller-actions">
        <button type="submit" className="primary" data-action="store" disabled={!canRecord}>
          Record order for payment at the store
        </button>
        <button type="submit" data-action="link" disabled={!canRecord}>
          Send payment link
        </button>
      </div>
    </form>
  );
}
