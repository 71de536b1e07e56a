import { useEffect, useState } from 'react';
import type { SyncUser } from '../../sync';
import { useCurrentUser } from '../../trpc/use-current-user';
import { rememberCrewUser, rememberedCrewUser } from './remembered-user';

export type CrewUser = { kind: 'crew'; user: SyncUser } | { kind: 'not-crew' } | { kind: 'unknown' };

/**
 * Who the crew screens are for: the signed-in crew member, or, while the server cannot be reached,
 * the last one signed in on this phone (CrewGate only lets that case through with no answer).
 */
export function useCrewUser(): CrewUser {
  const me = useCurrentUser();
  const [remembered] = useState(rememberedCrewUser);
  const signedIn = me.data?.role === 'crew' ? me.data : null;

  useEffect(() => {
    if (signedIn) rememberCrewUser({ id: signedIn.id, name: signedIn.name });
  }, [signedIn]);

  if (signedIn) return { kind: 'crew', user: { id: signedIn.id, name: signedIn.name } };
  if (me.data) return { kind: 'not-crew' };
  return remembered ? { kind: 'crew', user: remembered } : { kind: 'unknown' };
}
