import { useCounterStore } from './counter-store';

interface Props {
  onRecord: () => Promise<void>;
  canRecord: boolean;
  errors: string[];
}

/** The new customer (the lead) with their consent, and the button that records the sale. */
export function LeadForm({ onRecord, canRecord, errors }: Props) {
  const { lead, setLead } = useCounterStore();
  return (
    <form
      className="lead-form"
      aria-label="New customer"
      // the app checks every field itself and lists each problem; the browser's own email check would block that list
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onRecord();
      }}
    >
      <h2>New customer</h2>
      <label htmlFor="lead-name">Customer name</label>
      <input id="lead-name" autoComplete="off" value={lead.name} onChange={(e) => setLead({ name: e.target.value })} />
      <label htmlFor="lead-email">Email</label>
      <input id="lead-email" type="email" autoComplete="off" value={lead.email} onChange={(e) => setLead({ email: e.target.value })} />
      <label htmlFor="lead-phone">Phone</label>
      <input id="lead-phone" type="tel" autoComplete="off" value={lead.phone} onChange={(e) => setLead({ phone: e.target.value })} />
      <label className="consent">
        <input type="checkbox" checked={lead.consent} onChange={(e) => setLead({ consent: e.target.checked })} />
        Customer agrees to be contacted about the referral program
      </label>
      {errors.length > 0 && (
        <ul className="form-errors" role="alert" aria-label="Problems">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary" disabled={!canRecord}>
        Record redemption
      </button>
      <p className="muted">Payment is taken in the next step; the sale is kept as awaiting payment.</p>
    </form>
  );
}
