import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { removeDemoData } from '../../db/demo-seed';

/** Says plainly that the data is demo data in a sandbox, and removes it on request. */
export function DemoBanner() {
  const hasDemo = useLiveQuery(async () => (await db.campaigns.filter((c) => c.isDemo).count()) > 0, [], false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!hasDemo) return null;
  const remove = () =>
    removeDemoData(db).then(
      () => setConfirming(false),
      (error: unknown) => setFailure(`Demo data could not be removed: ${error instanceof Error ? error.message : String(error)}`),
    );
  return (
    <div className="demo-banner" role="region" aria-label="Demo data">
      <p>
        <strong>Demo data</strong> — sandbox mode, no Stripe account connected. The demo campaigns, referrers and codes are for trying the app.
      </p>
      {confirming ? (
        <span>
          Remove all demo campaigns, codes and the sales recorded with them?{' '}
          <button type="button" onClick={() => void remove()}>
            Yes, remove demo data
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Remove demo data
        </button>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}
