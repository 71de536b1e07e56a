import type { Role } from '@kerbside/shared';
import { Outlet } from 'react-router';
import { mayEnter } from './may-enter';
import { NotAllowedPage } from './not-allowed-page';
import { SignedIn } from './signed-in';

/** Route guard: the child routes show only to a signed-in user with one of `allow` (or admin). */
export function RequireRole({ allow }: { allow: readonly Role[] }) {
  return (
    <SignedIn>
      {(user) => (mayEnter(user.role, allow) ? <Outlet /> : <NotAllowedPage user={user} allow={allow} />)}
    </SignedIn>
  );
}
