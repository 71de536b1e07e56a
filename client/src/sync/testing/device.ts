// A device (its own IndexedDB) with an engine in front of the in-memory FakeServer, for the
// engine's unit tests.
import { afterEach } from 'vitest';
import { createSyncEngine, type SyncEngineOptions } from '../engine';
import { KerbsideDeviceDb } from '../local-db';
import { deviceId, recordChange, type SyncUser } from '../outbox';
import type { FakeServer } from './fake-server';

export const alice: SyncUser = { id: 'user-a', name: 'Alice Crew' };
export const bob: SyncUser = { id: 'user-b', name: 'Bob Crew' };
export const at = new Date('2026-12-01T12:00:00Z');
const open: KerbsideDeviceDb[] = [];
let dbCount = 0;

/** Call at the top of a test file: each test's databases are deleted after it. */
export function deleteDevicesAfterEach() {
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
}

export function device(server: FakeServer, signedIn: { user: SyncUser | null }, extra: Partial<SyncEngineOptions> = {}) {
  const db = new KerbsideDeviceDb(`engine-test-${++dbCount}-${crypto.randomUUID()}`);
  open.push(db);
  const engine = createSyncEngine({ db, transport: server, getUser: () => signedIn.user, clock: () => at.getTime(), random: () => 0.5, ...extra });
  const record = async (user: SyncUser, kind: 'job.start' | 'job.note' | 'job.complete', jobId: string, more: object = {}) => {
    const base = { jobId, deviceAt: at };
    const args =
      kind === 'job.start'
        ? base
        : kind === 'job.note'
          ? { ...base, text: 'Cones out', ...more }
          : { ...base, outcome: 'completed', reason: null, notes: 'Done', photoIds: [], lat: null, lng: null, accuracyM: null, ...more };
    return recordChange(db, { user, deviceId: await deviceId(db), kind, args: args as never, summary: `${kind} ${jobId}` });
  };
  return { db, engine, record };
}

export function jpeg(seed: string): Blob {
  return new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), seed, new Uint8Array([0xff, 0xd9])], { type: 'image/jpeg' });
}
