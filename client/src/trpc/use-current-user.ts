import { useQuery } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect } from 'react';
import { readCachedUser, rememberUser } from './cached-user';
import { useTRPC } from './trpc';

/** No answer at all (offline, server down), as opposed to the server saying something. */
const unreachable = (error: unknown) => !(error instanceof TRPCClientError) || error.data?.httpStatus === undefined;

/**
 * Who is signed in: a user, `null` when nobody is, `undefined` while asking.
 * Shared here rather than in auth/ because every feature needs it and features don't import each other.
 * When the server cannot be reached, a crew member's last known sign-in stands in (see cached-user.ts).
 */
export function useCurrentUser() {
  const trpc = useTRPC();
  const query = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  useEffect(() => {
    if (query.isSuccess) rememberUser(query.data);
  }, [query.isSuccess, query.data]);
  if (query.data !== undefined) return query;
  const cached = query.isError && unreachable(query.error) ? readCachedUser() : undefined;
  return cached ? { ...query, data: cached, isError: false } : query;
}
