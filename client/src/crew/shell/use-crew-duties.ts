import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SyncStatusView } from '../../sync';
import { useTRPC } from '../../trpc/trpc';
import { refreshTileUrl } from '../map/tile-config';
import { useTilePrefetch } from '../map/use-tile-prefetch';
import type { CrewSession } from './crew-context';

/** What the crew area does in the background while any crew screen is open. */
export function useCrewDuties(session: CrewSession, status: SyncStatusView) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  // The server said the session is over: ask who is signed in, so the guard offers sign-in. The
  // work stays on the phone and goes once the same person is back.
  useEffect(() => {
    if (status.signedOut) void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  }, [status.signedOut, queryClient, trpc]);

  // Learn the tile URL while there is signal, so the map still draws when there is none.
  useEffect(() => {
    if (status.online) void refreshTileUrl();
  }, [status.online]);

  useTilePrefetch(session, status.online);
}
