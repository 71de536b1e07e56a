import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
