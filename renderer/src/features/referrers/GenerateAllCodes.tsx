import { useState } from 'react';
import { db } from '../../db/db';
import { referrersWithoutCode } from '../../db/repos/referrer-generation-job';
import { errorText } from './action-context';
import { ConfirmDialog } from './ConfirmDialog';
import { cancelJob, runJobHere, useGenerationJob } from './useGenerationJob';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * "Generate referral codes" for every active referrer of the campaign without a working code:
 * confirmed with the number, shown as it progresses, cancellable and resumable (also after a reload).
 */
export function GenerateAllCodes({ campaignId }: { campaignId: string }) {
  const [asking, setAsking] = useState<number | null>(null);
  const [counting, setCounting] = useState(false);
  const [lastJobId, setLastJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { job, runningHere } = useGenerationJob(campaignId, lastJobId);
  const unfinished = job && (job.state === 'running' || job.state === 'paused');
  const ask = async () => {
    setError(null);
    setCounting(true);
    try {
      setAsking((await referrersWithoutCode(db, campaignId)).length);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setCounting(false);
    }
  };
  const run = () => {
    setAsking(null);
    void runJobHere(campaignId).then(
      (j) => setLastJobId(j.id),
      (e: unknown) => setError(errorText(e)),
    );
  };
  return (
    <section aria-label="Generate referral codes" className="generate-all">
      <h3>Referral codes for everyone</h3>
      {!unfinished && (
        <button type="button" onClick={() => void ask()} disabled={counting}>
          Generate referral codes
        </button>
      )}
      {counting && <p role="status">Counting the referrers without a code…</p>}
      {asking === 0 && <p role="status">Every active referrer of this campaign has a referral code.</p>}
      {asking !== null && asking > 0 && (
        <ConfirmDialog title="Generate referral codes" confirmLabel="Generate" onConfirm={run} onCancel={() => setAsking(null)}>
          <p>
            Generate referral codes for {count(asking)} referrer{asking === 1 ? '' : 's'} without one? Their promotion codes are created in Stripe on the next
            sync. Nobody is emailed.
          </p>
        </ConfirmDialog>
      )}
      {job && (
        <div className="job-progress">
          <progress aria-label="Referral codes generated" max={Math.max(job.total, 1)} value={job.done} />
          <p role="status" aria-label="Generation progress">
            {job.state === 'done' && `Done: ${count(job.done)} of ${count(job.total)} referrers handled.`}
            {unfinished && runningHere && `Generating… ${count(job.done)} of ${count(job.total)}`}
            {unfinished && !runningHere && `Stopped at ${count(job.done)} of ${count(job.total)}. Resume to carry on where it stopped.`}
          </p>
          {unfinished && runningHere && (
            <button type="button" onClick={() => void cancelJob(job.id)}>
              Cancel generation
            </button>
          )}
          {unfinished && !runningHere && (
            <button type="button" onClick={run}>
              Resume generation
            </button>
          )}
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
