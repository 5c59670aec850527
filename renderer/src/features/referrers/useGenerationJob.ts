import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { pauseJob, runGenerationJob, startGenerationJob, unfinishedGenerationJob } from '../../db/repos/referrer-generation-job';
import type { Job } from '../../../../shared/domain/records';
import { managerAction } from './action-context';
import { useReferrersUi } from './referrers-store';

export interface GenerationState {
  /** the unfinished job of the campaign, or the one this window just finished */
  job: Job | undefined;
  /** true while this window runs it; an unfinished job not running here can be resumed */
  runningHere: boolean;
}

/** The campaign's "Generate referral codes" job as it progresses, chunk by chunk. */
export function useGenerationJob(campaignId: string, lastJobId: string | null): GenerationState {
  const running = useReferrersUi((s) => s.runningJobs);
  const job = useLiveQuery(async () => (await unfinishedGenerationJob(db, campaignId)) ?? (lastJobId ? db.jobs.get(lastJobId) : undefined), [campaignId, lastJobId]);
  return { job, runningHere: job !== undefined && running.includes(job.id) };
}

/**
 * Starts (or resumes) the job in this window; resolves when it is done or paused. A Web Lock keeps
 * a second window from running the same campaign's job at the same time.
 */
export async function runJobHere(campaignId: string): Promise<Job> {
  const job = await startGenerationJob(db, campaignId, await managerAction());
  if (useReferrersUi.getState().runningJobs.includes(job.id)) return job;
  const run = async () => {
    useReferrersUi.getState().jobStarted(job.id);
    try {
      return await runGenerationJob(db, job.id, await managerAction());
    } finally {
      useReferrersUi.getState().jobStopped(job.id);
    }
  };
  if (!navigator.locks) return run();
  const ran = await navigator.locks.request(`referral-pos:generate-codes:${campaignId}`, { ifAvailable: true }, (lock) => (lock ? run() : null));
  if (!ran) throw new Error('Another window of the app is generating these codes right now.');
  return ran;
}

export async function cancelJob(jobId: string): Promise<void> {
  await pauseJob(db, jobId, await managerAction());
}
