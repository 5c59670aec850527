import { useState } from 'react';
import type { Conflict, ConflictAction } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { ensureDeviceId } from '../../db/repos/settings-repo';
import { resolveConflict } from '../../sync/conflict-resolution';
import { actorLabel } from '../../../../shared/domain/permissions';
import { currentActor } from '../../session/session-store';
import { KIND_LABEL } from './kind-labels';
import type { ConflictView } from './useSyncOverview';

const ACTION_LABEL: Record<ConflictAction, string> = {
  manual_discount: 'Keep the discount without the code',
  void: 'Void the sale',
  retry: 'Send again',
};

/** Stripe's refusals, in Stripe's words, each with the choices that make sense for it. */
export function ConflictList({ conflicts }: { conflicts: ConflictView[] }) {
  const [failure, setFailure] = useState<string | null>(null);
  if (conflicts.length === 0) return <p>No conflicts: Stripe accepted everything sent so far.</p>;
  const settle = async (conflict: Conflict, action: ConflictAction) => {
    try {
      await resolveConflict(db, conflict.id, action, { actor: actorLabel(currentActor()), deviceId: await ensureDeviceId(db) }, Date.now());
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      {failure && <p role="alert">{failure}</p>}
      <ul className="conflicts" aria-label="Conflicts">
        {conflicts.map(({ conflict, title }) => (
          <li key={conflict.id} aria-label={`Conflict: ${KIND_LABEL[conflict.kind]} ${title}`}>
            <strong>{KIND_LABEL[conflict.kind]}</strong> {title}
            <blockquote>{conflict.failure.stripe?.message ?? conflict.failure.message}</blockquote>
            <p className="muted">
              {new Date(conflict.failure.at).toLocaleString()}
              {conflict.failure.stripe?.requestId && ` · Stripe request ${conflict.failure.stripe.requestId}`}
            </p>
            {conflict.actions.map((action) => (
              <button key={action} type="button" className={action === 'manual_discount' ? 'primary' : undefined} onClick={() => void settle(conflict, action)}>
                {conflict.kind === 'checkout.create' && action === 'void' ? 'Cancel the payment link' : ACTION_LABEL[action]}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
