import { useEffect, useMemo } from 'react';
import { createHttpTransport, createSyncEngine, createSyncScheduler, type DeviceSync, type SyncUser } from '../../sync';
import { useTRPCClient } from '../../trpc/trpc';
import { deviceDb } from './device-db';

/**
 * The device sync for the person signed in, running while a crew screen is open. Built from the
 * engine and scheduler rather than startDeviceSync so that building (during render) and starting
 * (in an effect, undone on sign-out or when another person signs in) stay apart.
 */
export function useDeviceSync({ id, name }: SyncUser): DeviceSync {
  const trpc = useTRPCClient();
  const sync = useMemo(() => {
    const db = deviceDb();
    // Only this person's work is ever sent while they are signed in; others' waits for them.
    const engine = createSyncEngine({ db, transport: createHttpTransport(trpc), getUser: () => ({ id, name }) });
    return { db, engine, scheduler: createSyncScheduler(engine, db) };
  }, [trpc, id, name]);

  useEffect(() => {
    sync.scheduler.start();
    return () => sync.scheduler.stop();
  }, [sync]);
  return sync;
}
