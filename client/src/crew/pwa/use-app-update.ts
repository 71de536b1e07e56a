// The service worker, registered through workbox-window. A new version is only ever offered:
// the page reloads when the crew presses "reload", never by itself (a job may be half-way through,
// and the outbox may hold work). Everything is in IndexedDB, so a chosen reload loses nothing.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';

let registration: Promise<Workbox | null> | null = null;
let updateWaiting = false;
const listeners = new Set<() => void>();

function register(): Promise<Workbox | null> {
  registration ??= (async () => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
    const { Workbox } = await import('workbox-window'); // not needed for the first paint
    const wb = new Workbox('/sw.js', { scope: '/' });
    wb.addEventListener('waiting', () => {
      updateWaiting = true;
      for (const listener of listeners) listener();
    });
    await wb.register();
    // The app stays open all day without navigating, so look for a new version on coming back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void wb.update().catch(() => undefined);
    });
    return wb;
  })().catch(() => null);
  return registration;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAppUpdate() {
  const ready = useSyncExternalStore(subscribe, () => updateWaiting);
  useEffect(() => {
    void register();
  }, []);
  const reload = useCallback(async () => {
    const wb = await register();
    if (!wb) return window.location.reload();
    // Reload only once the new worker controls this page, so the page and its files match.
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  }, []);
  return { ready, reload };
}
