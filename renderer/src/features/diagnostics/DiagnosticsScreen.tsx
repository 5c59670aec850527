import { useState } from 'react';
import { normalizeCodeText } from '../../../../shared/domain/code-format';
import { Checklist } from './Checklist';
import { diagnosticsHref, type DiagnosticSubject } from './diagnostic-subject';
import { useDiagnosis } from './useDiagnosis';
import { useStripeConnection } from './useStripeConnection';

/** The article's troubleshooting checklist walked against this device's records. */
export function DiagnosticsScreen({ subject }: { subject: DiagnosticSubject | null }) {
  return (
    <main className="diagnostics" aria-label="Diagnostics">
      <h2>Diagnostics</h2>
      {subject ? <Diagnosis subject={subject} /> : <p className="muted">Open “Why?” beside a lead under Recent redemptions, or check a code below.</p>}
      <CodeLookup />
    </main>
  );
}

function Diagnosis({ subject }: { subject: DiagnosticSubject }) {
  const stripe = useStripeConnection();
  const diagnosis = useDiagnosis(subject, stripe);
  if (diagnosis === undefined) return <p className="muted">Checking…</p>;
  if (diagnosis === null) return <p role="alert">No {subject.kind} “{subject.id}” is stored on this device.</p>;
  const failures = diagnosis.items.filter((i) => i.status === 'fail').length;
  return (
    <section aria-label={diagnosis.question}>
      <h3>{diagnosis.question}</h3>
      <p>
        <strong>{diagnosis.title}</strong>
        {diagnosis.status && <span aria-label="Lead status"> — {diagnosis.status}</span>}
      </p>
      <p role="status">{failures === 0 ? 'Every item that could be checked passes.' : `${failures} ${failures === 1 ? 'item fails' : 'items fail'}; each shows its fix.`}</p>
      <Checklist items={diagnosis.items} />
    </section>
  );
}

/** Check any code by typing it (separators and case do not matter). */
function CodeLookup() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="code-lookup"
      aria-label="Check a referral code"
      onSubmit={(e) => {
        e.preventDefault();
        const code = normalizeCodeText(text);
        if (!/^[A-Z0-9]{1,500}$/.test(code)) return setError('Type a referral code: letters and digits, e.g. K7QM-X4PD-K.');
        setError(null);
        location.hash = diagnosticsHref({ kind: 'code', id: code });
      }}
    >
      <label htmlFor="diagnose-code">Referral code to check</label>
      <input id="diagnose-code" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} />
      {error && <p className="field-error" role="alert">{error}</p>}
      <button type="submit">Check code</button>
    </form>
  );
}
