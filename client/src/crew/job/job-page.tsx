import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { LocalJob } from '../../sync';
import { PageTitle } from '../../ui/page-title';
import { crewPaths } from '../crew-paths';
import { shownStatus } from '../jobs/job-order';
import { useCrewJob } from '../jobs/use-crew-jobs';
import { CasePhotos } from './case-photos';
import { ClosedSummary } from './closed-summary';
import { ClosureForm } from './closure-form';
import { JobDetails } from './job-details';
import { StartJob } from './start-job';
import './job.css';

/** /crew/jobs/:jobId — one job, worked entirely from the phone's database. */
export function JobPage() {
  const { jobId = '' } = useParams();
  const job = useCrewJob(jobId);
  if (job === undefined) return <p>Reading the job from this phone…</p>;
  if (job === null) return <JobNotHere />;
  return <JobView job={job} />;
}

function JobView({ job }: { job: LocalJob }) {
  const [closedHere, setClosedHere] = useState(false);
  const status = shownStatus(job);
  const open = status === 'assigned' || status === 'started';
  return (
    <>
      <PageTitle>{job.address}</PageTitle>
      <p>
        <Link to={crewPaths.home}>Back to your jobs</Link>
      </p>
      <h1>{job.address}</h1>
      <JobDetails job={job} />
      <CasePhotos ids={job.casePhotoIds} />
      {status === 'assigned' && <StartJob job={job} />}
      {open ? <ClosureForm job={job} onClosed={() => setClosedHere(true)} /> : <ClosedSummary job={job} focus={closedHere} />}
    </>
  );
}

function JobNotHere() {
  return (
    <>
      <PageTitle>Job not on this phone</PageTitle>
      <h1>Job not on this phone</h1>
      <p>This job is not on your list. It may have been given to another crew, or it has not synced to this phone yet.</p>
      <p>
        <Link to={crewPaths.home}>Back to your jobs</Link>
      </p>
    </>
  );
}
