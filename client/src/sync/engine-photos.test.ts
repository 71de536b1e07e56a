import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyPull } from './apply-pull';
import { savePhoto } from './outbox';
import { readSyncCounts } from './queries';
import { alice, at, deleteDevicesAfterEach, device, jpeg } from './testing/device';
import { crewJob, FakeServer } from './testing/fake-server';
import { TransportError } from './transport';

deleteDevicesAfterEach();

describe('sync engine: photos, removals and resets', () => {
  it('stores a photo as an ArrayBuffer when the Blob will not store, and uploads the same bytes', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine } = device(server, { user: alice });
    await engine.syncOnce();
    db.photos.hook('creating', (_key, photo) => {
      if (photo.blob) throw new Error('DataCloneError: Blob not supported');
    });
    const photo = await savePhoto(db, { userId: alice.id, jobId: job.id, kind: 'before', bytes: jpeg('ios'), width: 4, height: 3 });
    const stored = await db.photos.get(photo.id);
    expect(stored).toMatchObject({ blob: null, state: 'pending', size: jpeg('ios').size });
    expect(stored?.buffer).toBeInstanceOf(ArrayBuffer);
    await engine.syncOnce();
    expect(server.photos.get(photo.id)).toEqual({ sha256: photo.sha256, size: photo.size });
    expect((await db.photos.get(photo.id))?.state).toBe('uploaded');
  });

  it('records a refused photo with the server words and still uploads the others', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine } = device(server, { user: alice });
    const bad = await savePhoto(db, { userId: alice.id, jobId: job.id, kind: 'after', bytes: jpeg('1'), width: 4, height: 3 });
    const good = await savePhoto(db, { userId: alice.id, jobId: job.id, kind: 'after', bytes: jpeg('2'), width: 4, height: 3 });
    server.failNext('photo', new TransportError('refused', 'That file is not a JPEG, PNG, WebP or HEIC photo', false, 415));
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    expect(await db.photos.get(bad.id)).toMatchObject({ state: 'rejected', lastError: 'That file is not a JPEG, PNG, WebP or HEIC photo' });
    expect((await db.photos.get(good.id))?.state).toBe('uploaded');
    expect((await readSyncCounts(db, alice.id)).rejected).toMatchObject([{ id: bad.id, what: 'photo' }]);
  });

  it('keeps the bytes until the closure naming them is acknowledged', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine, record } = device(server, { user: alice });
    await engine.syncOnce();
    const photo = await savePhoto(db, { userId: alice.id, jobId: job.id, kind: 'after', bytes: jpeg('p'), width: 4, height: 3 });
    await record(alice, 'job.complete', job.id, { photoIds: [photo.id] });
    server.failNext('pull', new TransportError('temporary', 'No connection', true));
    await engine.syncOnce(); // closure and photo sent, pull lost
    expect(await db.photos.get(photo.id)).toMatchObject({ state: 'uploaded', blob: expect.any(Blob) });
    await engine.syncOnce();
    expect(await db.photos.get(photo.id)).toMatchObject({ state: 'uploaded', blob: null, buffer: null });
  });

  it('keeps a removed job with unsent work, flagged, until the work is sent', async () => {
    const server = new FakeServer();
    const job = crewJob();
    server.addJob(job);
    const { db, engine, record } = device(server, { user: alice });
    await engine.syncOnce();
    await record(alice, 'job.complete', job.id);
    server.remove(job.id);
    server.failNext('push', new TransportError('temporary', 'No connection', true));
    await engine.syncOnce();
    // Simulate the pull arriving while the closure is still unsent.
    await applyPull(db, alice.id, await server.pull('1'), at);
    expect(await db.jobs.get(job.id)).toMatchObject({ removedOnServer: true, status: 'completed' });
    expect(await engine.syncOnce()).toEqual({ result: 'synced' });
    expect(await db.jobs.get(job.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('on reset replaces the set but keeps jobs with unsent work', async () => {
    const server = new FakeServer();
    const [kept, dropped, busy] = [crewJob(), crewJob(), crewJob()];
    for (const j of [kept, dropped, busy]) server.addJob(j);
    const { db, engine, record } = device(server, { user: alice });
    await engine.syncOnce();
    server.jobs.delete(dropped.id);
    server.jobs.delete(busy.id);
    await record(alice, 'job.note', busy.id);
    await applyPull(db, alice.id, await server.pull(null), at);
    expect((await db.jobs.toArray()).map((j) => [j.id, j.removedOnServer ?? false])).toEqual([
      [kept.id, false],
      [busy.id, true],
    ]);
  });

});
