import type { SessionUser } from '@kerbside/shared';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useCurrentUser } from '../trpc/use-current-user';
import { LoadError } from '../ui/load-error';
import { Loading } from '../ui/loading';
import { signInPathFor } from './next-path';

/** Renders its children with the signed-in user, or sends the person to sign in. */
export function SignedIn({ children }: { children: (user: SessionUser) => ReactNode }) {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.data) return children(me.data);
  if (me.data === null) return <Navigate replace to={signInPathFor(location)} />;
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  return <Loading />;
}
