import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { LocalJob } from '../../sync';
import { crewPaths } from '../crew-paths';
import { shownStatus } from '../jobs/job-order';
import { jobStatusLabels } from '../jobs/job-words';
import { useCrew } from '../shell/crew-context';

/** After closing (or when the depot took the job away): what happened and whether it is sent. */
export function ClosedSummary({ job, focus }: { job: LocalJob; focus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const unsent = useUnsentFor(job.id);
  useEffect(() => {
    // The Close job button has gone: put focus where the news is.
    if (focus) heading.current?.focus();
  }, [focus]);
  const cancelled = shownStatus(job) === 'cancelled';

  return (
    <section className="crew-panel" aria-labelledby="closed-title">
      <h2 id="closed-title" ref={heading} tabIndex={-1}>
        {cancelled ? 'This job has been taken off your list' : `Job closed: ${jobStatusLabels[job.status]}`}
      </h2>
      {cancelled && <p>The depot cancelled it or gave it to another crew. Ask the depot if you are not sure what to do.</p>}
      <p>
        {unsent === undefined
          ? ''
          : unsent > 0
            ? 'Your work on this job is kept on this phone and will be sent when there is signal.'
            : 'Your work on this job has been sent.'}
      </p>
      <p>
        <Link to={crewPaths.home}>Back to your jobs</Link>
      </p>
    </section>
  );
}

/** This person's changes and photos for the job that the server has not yet acknowledged. */
function useUnsentFor(jobId: string): number | undefined {
  const { db, user } = useCrew();
  return useLiveQuery(async () => {
    const changes = await db.outbox
      .where('userId')
      .equals(user.id)
      .filter((e) => e.state !== 'rejected' && (e.args as { jobId?: string }).jobId === jobId)
      .count();
    const photos = await db.photos.where('jobId').equals(jobId).filter((p) => p.userId === user.id && p.state === 'pending').count();
    return changes + photos;
  }, [db, user.id, jobId]);
}
