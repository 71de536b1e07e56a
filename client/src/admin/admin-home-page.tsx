import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

// Admin may use every role's screens, so its home is the way into each of them.
const homes = [
  { to: '/crew', name: 'Crew: your jobs' },
  { to: '/depot', name: 'Depot: dispatch' },
  { to: '/contact', name: 'Contact centre' },
  { to: '/mailbox', name: 'Mailbox and letters' },
];

export function AdminHomePage() {
  return (
    <>
      <PageTitle>Administration</PageTitle>
      <h1>Administration</h1>
      <p>As an administrator you can use every part of Kerbside.</p>
      <ul className="link-list">
        {homes.map(({ to, name }) => (
          <li key={to}>
            <Link to={to}>{name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
