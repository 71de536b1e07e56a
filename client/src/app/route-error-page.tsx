import { useRouteError } from 'react-router';
import { PageTitle } from '../ui/page-title';

/** Shown inside the layout when a page throws while rendering. */
export function RouteErrorPage() {
  console.error(useRouteError());
  return (
    <>
      <PageTitle>Sorry, there is a problem</PageTitle>
      <h1>Sorry, there is a problem</h1>
      <p>Something went wrong showing this page. Reload the page to try again.</p>
    </>
  );
}
