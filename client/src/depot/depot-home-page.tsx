import { PageTitle } from '../ui/page-title';

export function DepotHomePage() {
  return (
    <>
      <PageTitle>Dispatch</PageTitle>
      <h1>Dispatch</h1>
      <p>Cases waiting for a job, and the jobs your crews are working, will be shown here on a list and a map.</p>
    </>
  );
}
