import { useState } from 'react';
import { displayCode } from '../../../../shared/domain/code-format';
import { db } from '../../db/db';
import { deactivateCode, generateCodeFor, replaceCode } from '../../db/repos/referrer-codes';
import { deactivateReferrer } from '../../db/repos/referrer-repo';
import type { ReferrerRow } from '../../db/repos/referrer-list';
import { errorText, managerAction } from './action-context';
import { ConfirmDialog } from './ConfirmDialog';
import { EditReferrerForm } from './EditReferrerForm';
import { useReferrersUi } from './referrers-store';

const SOURCE_LABEL = { manual: 'Added here', csv: 'CSV import', stripe: 'Stripe', demo: 'Demo' } as const;

type Pending = { kind: 'deactivate_referrer' } | { kind: 'deactivate_code'; code: string } | { kind: 'replace_code'; code: string };

/** One referrer of the list: contact, code (or Generate), and what a manager may do with both. */
export function ReferrerRowView({ row }: { row: ReferrerRow }) {
  const { referrer, code, retired } = row;
  const editing = useReferrersUi((s) => s.editingId === referrer.id);
  const edit = useReferrersUi((s) => s.edit);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setPending(null);
    setError(null);
    await action().catch((e: unknown) => setError(errorText(e)));
  };
  const confirm = async () => {
    if (!pending) return;
    const ctx = await managerAction();
    if (pending.kind === 'deactivate_referrer') await run(() => deactivateReferrer(db, referrer.id, ctx));
    else if (pending.kind === 'deactivate_code') await run(() => deactivateCode(db, pending.code, ctx));
    else await run(() => replaceCode(db, pending.code, ctx));
  };
  const shown = code && displayCode(code.code, code.kind);
  return (
    <tr aria-label={referrer.name} className={referrer.active ? undefined : 'inactive'}>
      <td>{referrer.name}</td>
      <td>{referrer.email}</td>
      <td>{referrer.phone}</td>
      <td>{SOURCE_LABEL[referrer.source]}</td>
      <td>
        {shown && <code>{shown}</code>}
        {!code && referrer.active && (
          <button type="button" aria-label={`Generate code for ${referrer.name}`} onClick={() => void managerAction().then((ctx) => run(() => generateCodeFor(db, referrer.id, ctx)))}>
            Generate
          </button>
        )}
        {!code && !referrer.active && <span className="muted">none</span>}
        {retired.length > 0 && <div className="muted">Deactivated: {retired.map((c) => displayCode(c.code, c.kind)).join(', ')}</div>}
      </td>
      <td>{referrer.active ? 'Active' : 'Deactivated'}</td>
      <td className="row-actions">
        {editing ? (
          <EditReferrerForm referrer={referrer} onDone={() => edit(null)} />
        ) : (
          <button type="button" aria-label={`Edit ${referrer.name}`} onClick={() => edit(referrer.id)}>
            Edit
          </button>
        )}
        {code && referrer.active && (
          <>
            <button type="button" aria-label={`Replace code of ${referrer.name}`} onClick={() => setPending({ kind: 'replace_code', code: code.code })}>
              Replace code
            </button>
            <button type="button" aria-label={`Deactivate code of ${referrer.name}`} onClick={() => setPending({ kind: 'deactivate_code', code: code.code })}>
              Deactivate code
            </button>
          </>
        )}
        {referrer.active && (
          <button type="button" aria-label={`Deactivate ${referrer.name}`} onClick={() => setPending({ kind: 'deactivate_referrer' })}>
            Deactivate
          </button>
        )}
        {pending && (
          <ConfirmDialog title={TITLES[pending.kind](referrer.name)} confirmLabel={CONFIRM[pending.kind]} onConfirm={() => void confirm()} onCancel={() => setPending(null)}>
            <p>{EXPLAIN[pending.kind]}</p>
          </ConfirmDialog>
        )}
        {error && <p role="alert">{error}</p>}
      </td>
    </tr>
  );
}

const TITLES = {
  deactivate_referrer: (name: string) => `Deactivate ${name}?`,
  deactivate_code: (name: string) => `Deactivate the code of ${name}?`,
  replace_code: (name: string) => `Replace the code of ${name}?`,
};
const CONFIRM = { deactivate_referrer: 'Deactivate referrer', deactivate_code: 'Deactivate code', replace_code: 'Replace code' };
const EXPLAIN = {
  deactivate_referrer: 'Their referral codes stop working at the counter at once, and in Stripe on the next sync. Their history is kept.',
  deactivate_code: 'The code stops working at the counter at once, and in Stripe on the next sync.',
  replace_code: 'The code stops working at once (in Stripe on the next sync) and a new code is generated.',
};
