import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { byPriorityThenDue, isOpen } from '../jobs/job-order';
import type { CrewSession } from '../shell/crew-context';
import { prefetchTiles, type Place } from './prefetch-tiles';
import { refreshTileUrl, storedTileUrl } from './tile-config';

/** Keeps the tiles around each open job on the phone; runs again when the jobs or signal change. */
export function useTilePrefetch({ db, user }: CrewSession, online: boolean) {
  // As text, so the effect below runs when the places change, not on every read.
  const placesKey = useLiveQuery(async () => {
    const jobs = (await db.jobs.where('ownerId').equals(user.id).toArray()).filter((j) => isOpen(j)).sort(byPriorityThenDue);
    return JSON.stringify(jobs.map(({ lat, lng }) => ({ lat, lng })));
  }, [db, user.id]);

  useEffect(() => {
    if (!online || !placesKey) return;
    const places = JSON.parse(placesKey) as Place[];
    if (places.length === 0) return;
    const controller = new AbortController();
    void (async () => {
      const template = storedTileUrl() ?? (await refreshTileUrl());
      if (template && !controller.signal.aborted) await prefetchTiles(template, places, controller.signal);
    })();
    return () => controller.abort();
  }, [online, placesKey]);
}
