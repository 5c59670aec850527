import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { pauseJob } from '../../db/repos/referrer-generation-job';
import { runCustomerSync, startCustomerSync, unfinishedCustomerSync, type CustomerSyncOutcome } from '../../db/repos/referrer-stripe-sync';
import { getPosApi } from '../../platform/api';
import { errorText, managerAction } from './action-context';
import { NoEmailNote } from './NoEmailNote';
import { useReferrersUi } from './referrers-store';

const count = (n: number) => n.toLocaleString('en-US');

/** "Sync referrers from Stripe": the account's customers become referrers, page by page, resumable. */
export function StripeCustomerSync({ campaignId }: { campaignId: string }) {
  const [outcome, setOutcome] = useState<CustomerSyncOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useReferrersUi((s) => s.runningJobs);
  const job = useLiveQuery(() => unfinishedCustomerSync(db, campaignId), [campaignId]);
  const runningHere = job !== undefined && running.includes(job.id);
  const run = async () => {
    setError(null);
    setOutcome(null);
    const { jobStarted, jobStopped } = useReferrersUi.getState();
    try {
      const started = await startCustomerSync(db, campaignId, await managerAction('imports.run'));
      jobStarted(started.id);
      try {
        const result = await runCustomerSync(db, getPosApi(), started.id, await managerAction('imports.run'));
        setOutcome(result);
        if (result.error) setError(`Stripe did not answer: ${result.error.message} The sync stopped; resume it later.`);
      } finally {
        jobStopped(started.id);
      }
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section aria-label="Sync referrers from Stripe" className="stripe-sync">
      <h3>Referrers from Stripe customers</h3>
      {!job && (
        <button type="button" onClick={() => void run()}>
          Sync referrers from Stripe
        </button>
      )}
      {job && (
        <div className="job-progress">
          {runningHere && <progress aria-label="Stripe customers read" />}
          <p role="status" aria-label="Stripe sync progress">
            {runningHere ? `Reading Stripe customers… ${count(job.done)} read.` : `Stopped after ${count(job.done)} customers. Resume to carry on where it stopped.`}
          </p>
          {runningHere ? (
            <button type="button" onClick={() => void managerAction().then((ctx) => pauseJob(db, job.id, ctx))}>
              Cancel sync
            </button>
          ) : (
            <button type="button" onClick={() => void run()}>
              Resume sync
            </button>
          )}
        </div>
      )}
      {outcome && outcome.job.state === 'done' && (
        <p role="status" aria-label="Stripe sync result">
          Synced {count(outcome.job.done)} Stripe customers: {count(outcome.tally.added)} added, {count(outcome.tally.linked)} linked to existing referrers,{' '}
          {count(outcome.tally.skipped)} skipped (already referrers or without email and phone).
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <NoEmailNote />
    </section>
  );
}
