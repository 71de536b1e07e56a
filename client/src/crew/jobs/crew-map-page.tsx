import { lazy, Suspense } from 'react';
import { PageTitle } from '../../ui/page-title';
import { useCrewJobs } from './use-crew-jobs';
import { ViewToggle } from './view-toggle';

// Leaflet is about a third of the crew's code: it loads only when someone opens the map (and the
// service worker has it precached for when there is no signal).
const JobMap = lazy(() => import('../map/job-map'));

export function CrewMapPage() {
  const jobs = useCrewJobs();
  return (
    <>
      <PageTitle>Map of your jobs</PageTitle>
      <h1>Your jobs</h1>
      <ViewToggle />
      <Suspense fallback={<p>Loading the map…</p>}>{jobs && <JobMap jobs={jobs.open} />}</Suspense>
    </>
  );
}
