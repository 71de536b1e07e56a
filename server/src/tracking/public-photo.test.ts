import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { publicPhotoPath, trackingNotFound } from '@kerbside/shared';
import { buildApp } from '../app.js';
import type { Database } from '../db/client.js';
import { cases, photos } from '../db/schema.js';
import { closure, push, type Staff } from '../notices/test-support.js';
import type { MemoryPhotoStorage } from '../photos/storage.js';
import { storeCrewPhoto } from '../photos/upload.js';
import { createTestDatabase, seedCategory, seedJob, seedStaff, sha256Hex, testServices } from '../testing/index.js';

let database: Database;
let staff: Staff;
let app: Awaited<ReturnType<typeof buildApp>>;
let services: ReturnType<typeof testServices>;

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  services = testServices(database.db);
  app = await buildApp({ services, clientDir: null, tileUrl: '/tiles/{z}/{x}/{y}.png' });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** A phone's photo: a JPEG carrying the camera make and where it was taken. */
async function photoWithGps(colour: string) {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'KerbsidePhone', Model: 'Model 7' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 21/1 30/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 11/1 40/1' },
    })
    .toBuffer();
}

/** The EXIF GPS IFD pointer tag (0x8825), in either byte order. */
const hasGps = (exif: Buffer | undefined) => !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

async function closedWithPhotos() {
  const category = await seedCategory(database.db, { code: `HW-${Math.random().toString(36).slice(2, 8)}` });
  const job = await seedJob(database.db, category.id, staff.crewA.id, staff.dispatcher);
  const who = { userId: staff.crewUserA.id, userName: staff.crewUserA.name, crewId: staff.crewA.id };
  const upload = async (kind: 'before' | 'after', colour: string) => {
    const bytes = await photoWithGps(colour);
    const photo = { id: crypto.randomUUID(), jobId: job.jobId, kind, bytes, sha256: sha256Hex(bytes), width: 320, height: 240 };
    await storeCrewPhoto(database.db, services.photoStorage, who, photo, new Date());
    return photo;
  };
  const before = await upload('before', '#884400');
  const after = await upload('after', '#333333');
  await push(database.db, staff, closure(job.jobId, new Date('2026-12-01T09:30:00Z'), { photoIds: [before.id, after.id] }));
  const [row] = await database.db.select({ token: cases.trackingToken }).from(cases).where(eq(cases.id, job.caseId));
  return { link: { reference: job.reference, token: row!.token }, before, after };
}

describe('GET /api/public/photos/:id', () => {
  it('serves the after photo re-encoded, with no EXIF at all, and keeps the original untouched', async () => {
    const { link, after } = await closedWithPhotos();
    expect(hasGps((await sharp(after.bytes).metadata()).exif)).toBe(true);

    const res = await app.inject({ method: 'GET', url: publicPhotoPath(after.id, link) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toBe('private, max-age=3600');
    const served = res.rawPayload;
    const meta = await sharp(served).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 240 });
    expect(meta.exif).toBeUndefined();
    expect(hasGps(served)).toBe(false);
    expect(served.includes(Buffer.from('KerbsidePhone'))).toBe(false);

    const [row] = await database.db.select().from(photos).where(eq(photos.id, after.id));
    expect(row!.publicStorageKey).toBe(sha256Hex(served));
    const original = await (services.photoStorage as MemoryPhotoStorage).get(row!.storageKey);
    expect(hasGps((await sharp(original!).metadata()).exif)).toBe(true);
    const again = await app.inject({ method: 'GET', url: publicPhotoPath(after.id, link) });
    expect(again.rawPayload.equals(served)).toBe(true);
  });

  it('shows nothing to a wrong token, and never a before photo', async () => {
    const { link, before, after } = await closedWithPhotos();
    const wrong = await app.inject({ method: 'GET', url: publicPhotoPath(after.id, { ...link, token: 'wrong' }) });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toMatchObject({ error: trackingNotFound });
    expect((await app.inject({ method: 'GET', url: publicPhotoPath(before.id, link) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/public/photos/not-a-uuid?ref=x&t=y` })).statusCode).toBe(404);
    // The original stays behind sign-in.
    expect((await app.inject({ method: 'GET', url: `/api/photos/${after.id}` })).statusCode).toBe(401);
  });
});
