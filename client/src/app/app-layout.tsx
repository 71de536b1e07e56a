import { roleLabels } from '@kerbside/shared';
import { useRef } from 'react';
import { Outlet } from 'react-router';
import { SignOutButton } from '../auth/sign-out-button';
import { useCurrentUser } from '../trpc/use-current-user';
import { SiteHeader } from '../ui/site-header';
import { SkipLink } from '../ui/skip-link';
import { useFocusOnNavigate } from './use-focus-on-navigate';

/** Every page: skip link, header with who is signed in, and the page itself in <main>. */
export function AppLayout() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const { data: user } = useCurrentUser();

  return (
    <>
      <SkipLink target="main-content" />
      <SiteHeader
        user={user ? { name: user.name, roleLabel: roleLabels[user.role] } : undefined}
        actions={user ? <SignOutButton /> : null}
      />
      <main className="main" id="main-content" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
