// The after photo as the public sees it: re-encoded without EXIF (no GPS, no device), made once and
// kept under photos.public_storage_key. The original never leaves through here.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { TrackingLink } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { photos } from '../db/schema.js';
import { DomainError } from '../errors.js';
import type { PhotoStorage } from '../photos/storage.js';
import { notFound } from './guard.js';
import { publicPhotoIds, trackedCase } from './public-case.js';

/**
 * Decodes and encodes afresh: sharp writes no metadata unless asked (no withMetadata/keepExif), and
 * `.rotate()` first applies the EXIF orientation, so the photo still stands the right way up.
 */
export async function stripForPublic(original: Uint8Array): Promise<Buffer> {
  return sharp(original, { limitInputPixels: 50_000_000, failOn: 'error' })
    .rotate()
    .resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export async function publicPhotoBytes(db: Db, storage: PhotoStorage, link: TrackingLink, photoId: string): Promise<Buffer> {
  const kase = await trackedCase(db, link);
  if (!(await publicPhotoIds(db, kase.id)).includes(photoId)) throw notFound();
  const [photo] = await db
    .select({ storageKey: photos.storageKey, publicStorageKey: photos.publicStorageKey })
    .from(photos)
    .where(eq(photos.id, photoId));
  if (!photo) throw notFound();
  const cached = photo.publicStorageKey ? await storage.get(photo.publicStorageKey) : null;
  if (cached) return cached;

  const original = await storage.get(photo.storageKey);
  if (!original) throw notFound();
  const clean = await stripForPublic(original).catch(() => {
    throw new DomainError('unsupported_type', 'This photo cannot be shown');
  });
  // Content-addressed: two requests racing here store the same bytes under the same key.
  const key = await storage.put(createHash('sha256').update(clean).digest('hex'), clean);
  await db.update(photos).set({ publicStorageKey: key }).where(eq(photos.id, photoId));
  return clean;
}
