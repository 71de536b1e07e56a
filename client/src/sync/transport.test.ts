import 'fake-indexeddb/auto';
import type { AppRouter } from '@kerbside/server';
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeJpeg, seedJob } from '@kerbside/server/testing'; // eslint-disable-line no-restricted-imports -- test only
import { KerbsideDeviceDb } from './local-db';
import { savePhoto } from './outbox';
import { createWorld, type Crew, type World } from './testing/server-world';
import { createHttpTransport, failureOf, kindOfStatus, TransportError } from './transport';

describe('failure classification', () => {
  it('retries 5xx, 408 and 429; stops on 401; refuses other 4xx', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(kindOfStatus(status), String(status)).toBe('temporary');
    expect(kindOfStatus(401)).toBe('signed-out');
    expect(kindOfStatus(400, 'damaged_upload')).toBe('temporary');
    for (const status of [400, 403, 404, 409, 413, 415]) expect(kindOfStatus(status), String(status)).toBe('refused');
  });

  it('reads the status tRPC reports, and counts no answer at all as offline', () => {
    const answered = (httpStatus: number) =>
      new TRPCClientError('Sign in to continue', { result: { error: { code: -32001, message: 'x', data: { httpStatus, code: 'X' } } } as never });
    expect(failureOf(answered(401))).toMatchObject({ kind: 'signed-out', offline: false, status: 401 });
    expect(failureOf(answered(503))).toMatchObject({ kind: 'temporary', offline: false });
    expect(failureOf(answered(400))).toMatchObject({ kind: 'refused', message: 'Sign in to continue' });
    expect(failureOf(new TRPCClientError('fetch failed', { cause: new TypeError('fetch failed') }))).toMatchObject({ kind: 'temporary', offline: true });
    expect(failureOf(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'temporary', offline: true });
  });

  it('turns tRPC failures of pull and push into classified errors', async () => {
    const down = async () => {
      throw new TypeError('Failed to fetch');
    };
    const trpc = { sync: { pull: { query: down }, push: { mutate: down } } } as unknown as TRPCClient<AppRouter>;
    const transport = createHttpTransport(trpc, async () => new Response(null, { status: 500 }));
    await expect(transport.pull(null, 'device-1')).rejects.toMatchObject({ name: 'TransportError', kind: 'temporary', offline: true });
    await expect(transport.push('device-1', [])).rejects.toBeInstanceOf(TransportError);
  });
});

describe('photo upload over HTTP (the real route)', () => {
  let world: World;
  let crew: Crew;
  let db: KerbsideDeviceDb;
  let jobId: string;
  const inject = (cookie: string | null): typeof fetch => world.injectFetch(cookie);

  beforeAll(async () => {
    world = await createWorld();
    crew = await world.crew(0);
    jobId = (await seedJob(world.database.db, world.categoryId, crew.crewId, world.staff.dispatcher)).jobId;
    db = new KerbsideDeviceDb('transport-test');
  }, 60_000);
  afterAll(async () => {
    await db.delete();
    await world.close();
  });

  const photo = (bytes: BlobPart) =>
    savePhoto(db, { userId: crew.user.id, jobId, kind: 'after', bytes: new Blob([bytes], { type: 'image/jpeg' }), width: 1600, height: 1200 });
  const jpeg = (seed: string) => new Uint8Array(fakeJpeg(seed));
  const upload = (cookie: string | null) => createHttpTransport(null as never, inject(cookie)).uploadPhoto;

  it('stores a photo, and treats the same upload again as success', async () => {
    const p = await photo(jpeg('first'));
    await expect(upload(crew.cookie)(p, p.blob!)).resolves.toEqual({ status: 'stored' });
    await expect(upload(crew.cookie)(p, p.blob!)).resolves.toEqual({ status: 'duplicate' });
    const stored = await world.database.db.query.photos.findFirst({ where: (row, { eq }) => eq(row.id, p.id) });
    expect(stored?.sha256).toBe(p.sha256);
  });

  it('sends ArrayBuffer bytes just the same (the iOS fallback)', async () => {
    const p = await photo(jpeg('buffer'));
    await expect(upload(crew.cookie)(p, await p.blob!.arrayBuffer())).resolves.toEqual({ status: 'stored' });
  });

  it('reports an ended session as signed-out', async () => {
    const p = await photo(jpeg('no session'));
    await expect(upload(null)(p, p.blob!)).rejects.toMatchObject({ kind: 'signed-out', status: 401 });
  });

  it("refuses what is not a photo with the server's words", async () => {
    const p = await photo(new TextEncoder().encode('<script>alert(1)</script>'));
    await expect(upload(crew.cookie)(p, p.blob!)).rejects.toMatchObject({
      kind: 'refused',
      status: 415,
      code: 'unsupported_type',
      message: 'That file is not a JPEG, PNG, WebP or HEIC photo',
    });
  });

  it('counts a fetch that throws as offline, to be retried', async () => {
    const p = await photo(jpeg('offline'));
    const offline = createHttpTransport(null as never, async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(offline.uploadPhoto(p, p.blob!)).rejects.toMatchObject({ kind: 'temporary', offline: true });
  });
});
