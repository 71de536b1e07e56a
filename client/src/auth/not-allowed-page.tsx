import { roleLabels, type Role, type SessionUser } from '@kerbside/shared';
import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

interface NotAllowedPageProps {
  user: SessionUser;
  allow: readonly Role[];
}

export function NotAllowedPage({ user, allow }: NotAllowedPageProps) {
  const allowed = allow.map((role) => roleLabels[role]).join(', ');
  return (
    <>
      <PageTitle>Not allowed</PageTitle>
      <h1>You are not allowed to use this page</h1>
      <p>
        You are signed in as {user.name} ({roleLabels[user.role]}). This page is for: {allowed}.
      </p>
      <p>If you need it for your work, ask an administrator to change your role.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
