import { PageTitle } from '../ui/page-title';

export function ContactHomePage() {
  return (
    <>
      <PageTitle>Contact centre</PageTitle>
      <h1>Contact centre</h1>
      <p>Here you will log what a caller reports as a case, find existing cases and tell the caller where things stand.</p>
    </>
  );
}
