import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';
import { CitizenSearch } from './citizen-search';
import './contact.css';

export function ContactHomePage() {
  return (
    <>
      <PageTitle>Contact centre</PageTitle>
      <h1>Contact centre</h1>
      <p>Find the caller to see their cases and past contacts, then log what they report.</p>
      <p>
        <Link to="new">Log a new case for a new caller</Link>
      </p>
      <CitizenSearch />
    </>
  );
}
