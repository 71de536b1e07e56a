// The crew status bar's view of sync: what is waiting, what was refused, and a "sync now".
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useSyncExternalStore } from 'react';
import type { DeviceSync } from './device-sync';
import type { SyncOutcome } from './engine';
import { readSyncCounts, type OthersUnsent, type RejectedWork, type SyncCounts } from './queries';

export interface SyncStatusView {
  /** False once a request has failed for want of a connection (navigator.onLine can lie). */
  online: boolean;
  pendingChanges: number;
  pendingPhotos: number;
  rejected: RejectedWork[];
  lastSyncAt: Date | null;
  syncing: boolean;
  signedOut: boolean;
  lastError: string | null;
  /** Work left on this phone by other people, kept for them and never sent as this person. */
  othersUnsent: OthersUnsent[];
  syncNow: () => Promise<SyncOutcome>;
}

const nothingYet: SyncCounts = { pendingChanges: 0, pendingPhotos: 0, rejected: [], othersUnsent: [], lastSyncAt: null };

export function useSyncStatus(sync: DeviceSync, userId: string | null): SyncStatusView {
  const { db, engine, scheduler } = sync;
  const status = useSyncExternalStore(engine.subscribe, engine.getStatus);
  const counts = useLiveQuery(() => readSyncCounts(db, userId), [db, userId]) ?? nothingYet;
  const syncNow = useCallback(() => scheduler.syncNow(), [scheduler]);
  return {
    online: status.online !== false,
    pendingChanges: counts.pendingChanges,
    pendingPhotos: counts.pendingPhotos,
    rejected: counts.rejected,
    // The stored time survives a reload; the engine's is newer within this session.
    lastSyncAt: status.lastSyncAt ?? counts.lastSyncAt,
    syncing: status.syncing,
    signedOut: status.signedOut,
    lastError: status.lastError,
    othersUnsent: counts.othersUnsent,
    syncNow,
  };
}
