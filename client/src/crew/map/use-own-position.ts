import { useEffect, useState } from 'react';
import type { Fix } from '../job/position';

export type OwnPosition = { state: 'waiting' } | { state: 'unavailable' } | { state: 'shown'; fix: Fix };

/** Follows the phone's position while the map is open; the browser asks the crew's permission. */
export function useOwnPosition(): OwnPosition {
  const [position, setPosition] = useState<OwnPosition>(() =>
    globalThis.navigator?.geolocation ? { state: 'waiting' } : { state: 'unavailable' },
  );
  useEffect(() => {
    const geo = globalThis.navigator?.geolocation;
    if (!geo) return;
    const watch = geo.watchPosition(
      ({ coords }) => setPosition({ state: 'shown', fix: { lat: coords.latitude, lng: coords.longitude, accuracyM: coords.accuracy } }),
      () => setPosition((was) => (was.state === 'shown' ? was : { state: 'unavailable' })),
      { enableHighAccuracy: true, maximumAge: 30_000, timeout: 30_000 },
    );
    return () => geo.clearWatch(watch);
  }, []);
  return position;
}
