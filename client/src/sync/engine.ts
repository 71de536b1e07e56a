// The device-side sync engine: one round = push changes, upload photos, pull and apply
// (DESIGN.md §3a). It decides nothing about *when*; scheduler.ts does.
import type { KerbsideDeviceDb } from './local-db';
import { pullAndApply } from './apply-pull';
import { deviceId as readDeviceId, type SyncUser } from './outbox';
import { pushOutbox, type Round } from './push-outbox';
import { failureWords, TransportError, type FailureKind, type SyncTransport } from './transport';
import { dropUploadedBytes, uploadPhotos } from './upload-photos';

export interface SyncStatus {
  syncing: boolean;
  /** Words for the crew; null after a round that got through. */
  lastError: string | null;
  lastSyncAt: Date | null;
  /** The server answered 401: nothing more is sent until someone signs in and calls syncNow. */
  signedOut: boolean;
  /** Whether the last request got any answer; null before the first. Not navigator.onLine. */
  online: boolean | null;
  /** After a temporary failure: when automatic syncs may try again (epoch ms). */
  retryAt: number | null;
}

export type SyncOutcome =
  | { result: 'synced' }
  | { result: 'skipped'; reason: 'no-user' | 'busy' | 'user-changed' | 'paused' }
  | { result: 'failed'; failure: FailureKind | 'internal'; message: string };

export interface SyncEngine {
  /** One round now. While a round runs, callers share it and one more round follows. */
  syncOnce(): Promise<SyncOutcome>;
  getStatus(): SyncStatus;
  /** For useSyncExternalStore: called after every status change. */
  subscribe(listener: () => void): () => void;
  /**
   * No more requests, even from a round already under way (it stops before its next one). For
   * signing out or switching person: this engine's user must not send under the next session.
   */
  pause(): void;
  resume(): void;
}

export interface SyncEngineOptions {
  db: KerbsideDeviceDb;
  transport: SyncTransport;
  /** Who is signed in now; only their work is sent. */
  getUser: () => SyncUser | null;
  clock?: () => number;
  random?: () => number;
  /** Cross-tab guard; defaults to navigator.locks where the browser has it (absent in Node). */
  locks?: Pick<LockManager, 'request'> | null;
}

export const backoffBaseMs = 2_000;
export const backoffCapMs = 5 * 60_000;

/** Exponential, capped, with "equal jitter": never zero, and phones do not retry in lockstep. */
export function backoffMs(failures: number, random: () => number): number {
  const ceiling = Math.min(backoffCapMs, backoffBaseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

class UserChanged extends Error {}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, transport, getUser } = options;
  const clock = options.clock ?? Date.now;
  const random = options.random ?? Math.random;
  const locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
  const listeners = new Set<() => void>();
  let status: SyncStatus = { syncing: false, lastError: null, lastSyncAt: null, signedOut: false, online: null, retryAt: null };
  let failures = 0;
  let running: Promise<SyncOutcome> | null = null;
  let again = false;
  let device: Promise<string> | undefined;
  let paused = false;

  const update = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener();
  };

  async function round(): Promise<SyncOutcome> {
    if (paused) return { result: 'skipped', reason: 'paused' };
    const user = getUser();
    if (!user) return { result: 'skipped', reason: 'no-user' };
    update({ syncing: true });
    try {
      const r: Round = {
        db,
        transport,
        user,
        // Made once and never changed, so read once per engine.
        deviceId: await (device ??= readDeviceId(db).catch((error: unknown) => {
          device = undefined;
          throw error;
        })),
        now: () => new Date(clock()),
        checkUser: () => {
          if (paused || getUser()?.id !== user.id) throw new UserChanged();
        },
      };
      await pushOutbox(r);
      await uploadPhotos(r);
      await pullAndApply(r);
      await dropUploadedBytes(db);
      failures = 0;
      update({ syncing: false, lastError: null, lastSyncAt: r.now(), signedOut: false, online: true, retryAt: null });
      return { result: 'synced' };
    } catch (error) {
      return failed(error);
    }
  }

  function failed(error: unknown): SyncOutcome {
    if (error instanceof UserChanged) {
      update({ syncing: false });
      return { result: 'skipped', reason: paused ? 'paused' : 'user-changed' };
    }
    if (!(error instanceof TransportError)) {
      // A bug or a storage failure, not the network: keep everything, say so, try again later.
      failures++;
      const message = `Sync stopped on this phone: ${error instanceof Error ? error.message : String(error)}`;
      update({ syncing: false, lastError: message, retryAt: clock() + backoffMs(failures, random) });
      return { result: 'failed', failure: 'internal', message };
    }
    if (error.kind === 'signed-out') {
      update({ syncing: false, signedOut: true, online: true, lastError: failureWords.signedOut, retryAt: null });
    } else {
      failures++;
      update({ syncing: false, online: !error.offline, lastError: error.message, retryAt: clock() + backoffMs(failures, random) });
    }
    return { result: 'failed', failure: error.kind, message: error.message };
  }

  const guarded = (): Promise<SyncOutcome> =>
    locks
      ? // The lib types the result as Promise<T> of the callback's value; the browser awaits it.
        (locks.request('kerbside-sync', { ifAvailable: true }, (lock) =>
          lock ? round() : { result: 'skipped', reason: 'busy' },
        ) as Promise<SyncOutcome>)
      : round();

  function syncOnce(): Promise<SyncOutcome> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let outcome: SyncOutcome;
      do {
        again = false;
        outcome = await guarded();
      } while (again && outcome.result === 'synced');
      return outcome;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    syncOnce,
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
    },
  };
}
