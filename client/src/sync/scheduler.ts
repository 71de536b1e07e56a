// When to sync (DESIGN.md §3a): at start, when the network returns, when the app becomes
// visible, every minute while visible, soon after each change, and by Background Sync.
import { liveQuery } from 'dexie';
import type { SyncEngine, SyncOutcome } from './engine';
import type { KerbsideDeviceDb } from './local-db';

export const backgroundSyncTag = 'kerbside-sync';

export interface SchedulerEnvironment {
  /** Fires 'online'. */
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Fires 'visibilitychange'. */
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  /** For Background Sync; null where there is no service worker. */
  serviceWorkerReady: Promise<ServiceWorkerRegistration> | null;
  now: () => number;
}

export interface SyncScheduler {
  /** Starts the triggers and lets the engine send. */
  start(): void;
  /** Stops the triggers and pauses the engine: a round under way makes no further request. */
  stop(): void;
  /** The crew's "sync now", and the call to make right after signing in: ignores backoff. */
  syncNow(): Promise<SyncOutcome>;
}

export interface SchedulerOptions {
  intervalMs?: number;
  debounceMs?: number;
  env?: SchedulerEnvironment;
}

function browserEnvironment(): SchedulerEnvironment {
  return {
    window,
    document,
    serviceWorkerReady: 'serviceWorker' in navigator ? navigator.serviceWorker.ready : null,
    now: Date.now,
  };
}

interface SyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

export function createSyncScheduler(engine: SyncEngine, db: KerbsideDeviceDb, options: SchedulerOptions = {}): SyncScheduler {
  const { intervalMs = 60_000, debounceMs = 1_500 } = options;
  const env = options.env ?? browserEnvironment();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let interval: ReturnType<typeof setInterval> | undefined;
  let unsentBefore: number | null = null;
  let watching: { unsubscribe(): void } | undefined;

  const visible = () => env.document.visibilityState === 'visible';

  async function run(): Promise<SyncOutcome> {
    const outcome = await engine.syncOnce();
    const { retryAt } = engine.getStatus();
    clearTimeout(retry);
    if (outcome.result === 'failed' && retryAt !== null) {
      retry = setTimeout(() => void automatic(), Math.max(0, retryAt - env.now()));
      void registerBackgroundSync();
    }
    return outcome;
  }

  /** Triggers that fire on their own respect backoff and a signed-out session. */
  function automatic(): Promise<SyncOutcome> | undefined {
    const { signedOut, retryAt } = engine.getStatus();
    if (signedOut || (retryAt !== null && env.now() < retryAt)) return undefined;
    return run();
  }

  // Where the browser has it, the service worker's 'sync' event finishes the job after the tab closes.
  async function registerBackgroundSync() {
    try {
      const registration = (await env.serviceWorkerReady) as SyncRegistration | null;
      await registration?.sync?.register(backgroundSyncTag);
    } catch {
      // Not offered or not permitted: the other triggers still run.
    }
  }

  const onOnline = () => void run();
  const onVisibility = () => {
    if (visible()) void automatic();
  };

  return {
    start() {
      engine.resume();
      env.window.addEventListener('online', onOnline);
      env.document.addEventListener('visibilitychange', onVisibility);
      interval = setInterval(() => {
        if (visible()) void automatic();
      }, intervalMs);
      // Any new unsent work (a change or a photo, from any tab) triggers a sync shortly after.
      watching = liveQuery(() => unsentCount(db)).subscribe({
        next: (count) => {
          // The first count is what was already waiting; start() syncs that.
          if (unsentBefore !== null && count > unsentBefore) {
            clearTimeout(debounce);
            debounce = setTimeout(() => void automatic(), debounceMs);
            void registerBackgroundSync();
          }
          unsentBefore = count;
        },
      });
      void run();
    },
    stop() {
      engine.pause();
      env.window.removeEventListener('online', onOnline);
      env.document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(interval);
      clearTimeout(debounce);
      clearTimeout(retry);
      watching?.unsubscribe();
    },
    syncNow: run,
  };
}

async function unsentCount(db: KerbsideDeviceDb): Promise<number> {
  const [changes, photos] = await Promise.all([
    db.outbox.where('state').anyOf('pending', 'sending').count(),
    db.photos.where('state').equals('pending').count(),
  ]);
  return changes + photos;
}
