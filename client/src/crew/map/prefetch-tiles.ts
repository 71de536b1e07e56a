// Fetch ahead the tiles around the crew's open jobs while there is signal. Each is loaded as an
// <img>, exactly as Leaflet loads tiles, so the service worker's tile route caches it the same way
// and the map draws it from the cache later.
import { tileCacheName } from '../pwa/cache-names';
import { mayFetchAhead, tileUrlsAround } from './tile-math';

export interface Place {
  lat: number;
  lng: number;
}

const parallel = 3; // gentle on the tile server and on a phone's connection

export async function prefetchTiles(template: string, places: readonly Place[], signal: AbortSignal): Promise<void> {
  if (!mayFetchAhead(template)) return;
  // Without a controlling service worker nothing would keep the tiles: don't spend the data.
  if (!navigator.serviceWorker?.controller || typeof caches === 'undefined') return;
  const cache = await caches.open(tileCacheName);
  const urls = tileUrlsAround(template, places);
  let next = 0;
  const worker = async () => {
    while (next < urls.length && !signal.aborted) {
      const url = urls[next++];
      if (url && !(await cache.match(url))) await loadImage(url);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

function loadImage(url: string): Promise<void> {
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve();
    image.onerror = () => resolve(); // a missing tile is not worth stopping for
    image.src = url;
  });
}
