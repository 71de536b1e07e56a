// Wiring for the app: one device database, engine and scheduler per page.
import type { AppRouter } from '@kerbside/server';
import type { TRPCClient } from '@trpc/client';
import { createSyncEngine, type SyncEngine } from './engine';
import { KerbsideDeviceDb } from './local-db';
import type { SyncUser } from './outbox';
import { createSyncScheduler, type SyncScheduler } from './scheduler';
import { createHttpTransport } from './transport';

export interface DeviceSync {
  db: KerbsideDeviceDb;
  engine: SyncEngine;
  scheduler: SyncScheduler;
}

export interface DeviceSyncOptions {
  /** The app's vanilla tRPC client (superjson, credentials included). */
  trpc: TRPCClient<AppRouter>;
  /** Who is signed in right now (from auth.me); null when nobody is. */
  getUser: () => SyncUser | null;
  db?: KerbsideDeviceDb;
}

export function startDeviceSync({ trpc, getUser, db = new KerbsideDeviceDb() }: DeviceSyncOptions): DeviceSync {
  // Ask the browser not to evict the outbox under storage pressure; it may say no.
  void navigator.storage?.persist?.().catch(() => false);
  const engine = createSyncEngine({ db, transport: createHttpTransport(trpc), getUser });
  const scheduler = createSyncScheduler(engine, db);
  scheduler.start();
  return { db, engine, scheduler };
}
