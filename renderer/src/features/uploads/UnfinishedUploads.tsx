import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { dismissUnfinishedUpload, unfinishedUploads } from '../../db/repos/converted-upload';

const count = (n: number) => n.toLocaleString('en');

/** An upload the app was closed or reloaded in the middle of: say where it stopped and how to finish it. */
export function UnfinishedUploads({ hidden }: { hidden: boolean }) {
  const jobs = useLiveQuery(() => unfinishedUploads(db), [], []);
  if (hidden || jobs.length === 0) return null;
  return (
    <ul className="unfinished-uploads" aria-label="Unfinished uploads">
      {jobs.map((job) => (
        <li key={job.id} role="alert">
          The upload of “{job.fileName ?? 'a file'}” stopped after {count(job.done)} of {count(job.total)} rows: the app was closed or reloaded while it ran.
          Choose the same file and upload it again to finish it; the rows already applied show as unchanged and none is applied twice.{' '}
          <button type="button" onClick={() => void dismissUnfinishedUpload(db, job.id, Date.now())}>
            Leave it unfinished
          </button>
        </li>
      ))}
    </ul>
  );
}
