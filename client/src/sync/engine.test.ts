import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { InvalidChangeError, savePhoto, type SyncUser } from './outbox';
import { readSyncCounts } from './queries';
import { alice, at, bob, deleteDevicesAfterEach, device, jpeg } from './testing/device';
import { crewJob, FakeServer } from './testing/fake-server';
import { TransportError } from './transport';

deleteDevicesAfterEach();

describe('sync engine', () => {
  it('queues, pushes in seq order, removes what the server acknowledged, and shows its state', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine, record } = device(server, { user: alice });
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    await record(alice, 'job.start', job.id);
    await record(alice, 'job.note', job.id);
    await record(alice, 'job.complete', job.id);
    expect((await db.jobs.get(job.id))?.status).toBe('completed'); // optimistic, before any sync
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    expect(server.pushes.flatMap((p) => p.mutations.map((m) => m.seq))).toEqual([1, 2, 3]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.jobs.get(job.id)).toMatchObject({ status: 'completed', serverStatus: 'completed', ownerId: alice.id });
    expect(engine.getStatus()).toMatchObject({ syncing: false, lastError: null, online: true, lastSyncAt: at });
  });

  it('keeps a refused change with the server reason, shows it, never resends it, and settles the job', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    server.refuse.set(job.id, 'This job was cancelled. Ask the depot before starting it.');
    const { db, engine, record } = device(server, { user: alice });
    await engine.syncOnce();
    const entry = await record(alice, 'job.start', job.id);
    await engine.syncOnce();
    await engine.syncOnce();
    expect(server.pushes).toHaveLength(1);
    expect(await db.outbox.get(entry.id)).toMatchObject({ state: 'rejected', errorCode: 'conflict' });
    const counts = await readSyncCounts(db, alice.id);
    expect(counts).toMatchObject({ pendingChanges: 0, rejected: [{ id: entry.id, what: 'change', reason: expect.stringContaining('cancelled') }] });
    // The optimistic "started" was refused: the phone shows the server's status again.
    expect((await db.jobs.get(job.id))?.status).toBe('assigned');
  });

  it('on 401 keeps everything, reports signed out, and sends it all after signing in again', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine, record } = device(server, { user: alice });
    await engine.syncOnce();
    await record(alice, 'job.complete', job.id);
    await savePhoto(db, { userId: alice.id, jobId: job.id, kind: 'after', bytes: jpeg('x'), width: 4, height: 3 });
    server.failNext('push', new TransportError('signed-out', 'Sign in again', false, 401));
    expect(await engine.syncOnce()).toMatchObject({ result: 'failed', failure: 'signed-out' });
    expect(engine.getStatus()).toMatchObject({ signedOut: true, retryAt: null });
    expect(await readSyncCounts(db, alice.id)).toMatchObject({ pendingChanges: 1, pendingPhotos: 1 });
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    expect(engine.getStatus().signedOut).toBe(false);
    expect(await readSyncCounts(db, alice.id)).toMatchObject({ pendingChanges: 0, pendingPhotos: 0 });
  });

  it('after a temporary failure keeps the work, records the attempt and backs off (capped)', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine, record } = device(server, { user: alice });
    const entry = await record(alice, 'job.note', job.id);
    server.failNext('push', new TransportError('temporary', 'No connection', true));
    expect(await engine.syncOnce()).toMatchObject({ result: 'failed', failure: 'temporary' });
    expect(engine.getStatus()).toMatchObject({ online: false, retryAt: at.getTime() + 1_500 });
    expect(await db.outbox.get(entry.id)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'No connection' });
    for (let i = 0; i < 12; i++) {
      server.failNext('pull', new TransportError('temporary', 'Server trouble', false, 503));
      await engine.syncOnce();
    }
    expect(engine.getStatus()).toMatchObject({ online: true });
    expect(engine.getStatus().retryAt! - at.getTime()).toBeLessThanOrEqual(5 * 60_000);
    expect(engine.getStatus().retryAt! - at.getTime()).toBeGreaterThanOrEqual(2.5 * 60_000);
  });

  it("never sends one person's work under another's session, and sends it when they return", async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const session = { user: alice as SyncUser | null };
    const { db, engine, record } = device(server, session);
    await engine.syncOnce();
    await record(alice, 'job.complete', job.id);
    await savePhoto(db, { userId: alice.id, jobId: job.id, kind: 'after', bytes: jpeg('a'), width: 4, height: 3 });
    session.user = bob;
    server.session = bob.id;
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    expect(server.pushes).toEqual([]);
    expect(server.photos.size).toBe(0);
    expect(await readSyncCounts(db, bob.id)).toMatchObject({
      pendingChanges: 0,
      othersUnsent: [{ userId: alice.id, userName: 'Alice Crew', changes: 1, photos: 1 }],
    });
    expect(await db.jobs.get(job.id)).toMatchObject({ ownerId: bob.id, status: 'assigned' });
    session.user = alice;
    server.session = alice.id;
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    expect(server.pushes.map((p) => p.session)).toEqual([alice.id]);
    expect(server.photos.size).toBe(1);
    // Alice's cursor was reset when Bob took the row, so she gets the job back.
    expect(await db.jobs.get(job.id)).toMatchObject({ ownerId: alice.id, status: 'completed' });
  });

  it('stops at once if another person signs in mid-round', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const session = { user: alice as SyncUser | null };
    const { engine, record } = device(server, session);
    await record(alice, 'job.note', job.id);
    const push = server.push.bind(server);
    server.push = async (...args) => {
      session.user = bob;
      return push(...args);
    };
    await record(alice, 'job.note', job.id);
    expect(await engine.syncOnce()).toMatchObject({ result: 'skipped', reason: 'user-changed' });
    expect(server.pushes).toHaveLength(1);
  });

  it('makes no further request once paused (sign-out), even mid-round', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine, record } = device(server, { user: alice });
    await record(alice, 'job.note', job.id);
    await savePhoto(db, { userId: alice.id, jobId: job.id, kind: 'after', bytes: jpeg('p'), width: 4, height: 3 });
    const push = server.push.bind(server);
    server.push = async (...args) => {
      engine.pause();
      return push(...args);
    };
    expect(await engine.syncOnce()).toMatchObject({ result: 'skipped', reason: 'paused' });
    expect(server.photos.size).toBe(0);
    expect(await engine.syncOnce()).toMatchObject({ result: 'skipped', reason: 'paused' });
    engine.resume();
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    expect(server.photos.size).toBe(1);
  });

  it('runs one round at a time: callers during a round share it, then one more round runs', async () => {
    const server = new FakeServer();
    server.addJob(crewJob());
    const { engine } = device(server, { user: alice });
    let pulls = 0;
    const pull = server.pull.bind(server);
    server.pull = async (...args) => {
      pulls++;
      await new Promise((r) => setTimeout(r, 5));
      return pull(...args);
    };
    const outcomes = await Promise.all([engine.syncOnce(), engine.syncOnce(), engine.syncOnce()]);
    expect(outcomes).toEqual([{ result: 'synced' }, { result: 'synced' }, { result: 'synced' }]);
    expect(pulls).toBe(2);
  });

  it('skips when another tab holds the sync lock', async () => {
    const server = new FakeServer();
    const locks = { request: async (_name: string, _opts: unknown, callback: (lock: null) => unknown) => callback(null) };
    const { engine } = device(server, { user: alice }, { locks: locks as unknown as LockManager });
    expect(await engine.syncOnce()).toEqual({ result: 'skipped', reason: 'busy' });
  });

  it('refuses an invalid change without writing anything', async () => {
    const server = new FakeServer();
    const job = crewJob();
    const { db, record } = device(server, { user: alice });
    await expect(record(alice, 'job.note', job.id, { text: '   ' })).rejects.toThrow(InvalidChangeError);
    await expect(record(alice, 'job.note', job.id, { text: '   ' })).rejects.toThrow('Write the note');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get('seq')).toBeUndefined();
  });
});
