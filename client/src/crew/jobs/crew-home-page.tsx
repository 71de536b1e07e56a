import { PageTitle } from '../../ui/page-title';
import { JobList } from './job-list';
import { useCrewJobs } from './use-crew-jobs';
import { useNow } from '../../ui/use-now';
import { ViewToggle } from './view-toggle';

/** The crew's home: their jobs, most urgent first, read from the phone so it works with no signal. */
export function CrewHomePage() {
  const jobs = useCrewJobs();
  const now = useNow();
  return (
    <>
      <PageTitle>Your jobs</PageTitle>
      <h1>Your jobs</h1>
      <ViewToggle />
      {jobs === undefined ? (
        <p>Reading your jobs from this phone…</p>
      ) : jobs.open.length === 0 ? (
        <p>You have no jobs to do. New jobs appear here when the depot gives them to your crew and the phone syncs.</p>
      ) : (
        <JobList jobs={jobs.open} now={now} label="Jobs to do" />
      )}
      {jobs && jobs.finished.length > 0 && (
        <>
          <h2>Finished</h2>
          <JobList jobs={jobs.finished} now={now} label="Finished jobs" />
        </>
      )}
    </>
  );
}
