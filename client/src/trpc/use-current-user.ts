import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';

/**
 * Who is signed in: a user, `null` when nobody is, `undefined` while asking.
 * Shared here rather than in auth/ because every feature needs it and features don't import each other.
 * (With no signal the crew area opens for the last crew member on the phone: see crew/crew-gate.tsx.)
 */
export function useCurrentUser() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
