import { PageTitle } from '../../ui/page-title';

/** An administrator may open any area, but only a crew member's phone holds a crew's jobs. */
export function NotCrew() {
  return (
    <>
      <PageTitle>Your jobs</PageTitle>
      <h1>Your jobs</h1>
      <p>These screens show a crew member’s jobs on their phone. Sign in as a crew member to use them.</p>
    </>
  );
}
