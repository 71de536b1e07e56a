import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { maxPhotoBytes, type PhotoKind } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { completions, photos } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { applyCompletionIfReady, crewJobForUpdate, type CrewMember } from '../jobs/completions.js';
import { sniffImageType } from './image-type.js';
import type { PhotoStorage } from './storage.js';

export interface CrewPhotoUpload {
  id: string;
  jobId: string;
  kind: PhotoKind;
  sha256: string;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
}

/**
 * Stores a crew's photo idempotently: the same id and bytes again is success; the same id with
 * other bytes is a conflict. A closure that was waiting for this photo is applied in the same transaction.
 */
export async function storeCrewPhoto(
  db: Db,
  storage: PhotoStorage,
  who: CrewMember,
  upload: CrewPhotoUpload,
  now: Date,
): Promise<{ status: 'stored' | 'duplicate'; appliedCompletions: number }> {
  if (upload.bytes.length > maxPhotoBytes) throw new DomainError('too_large', 'Photos can be at most 15 MB');
  const contentType = sniffImageType(upload.bytes);
  if (!contentType) throw new DomainError('unsupported_type', 'That file is not a JPEG, PNG, WebP or HEIC photo');
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  if (sha256 !== upload.sha256.toLowerCase()) {
    throw new DomainError('damaged_upload', 'The photo arrived damaged (its SHA-256 does not match); it will be sent again');
  }

  // Whose job it is comes first: another crew learns nothing, not even that a photo id exists.
  await crewJobForUpdate(db, upload.jobId, who.crewId);
  const [existing] = await db.select({ sha256: photos.sha256 }).from(photos).where(eq(photos.id, upload.id));
  if (existing) return duplicateOrConflict(existing.sha256, sha256);

  // Bytes first: they are content-addressed, so a crash here leaves only a harmless orphan file.
  const storageKey = await storage.put(sha256, upload.bytes);
  return db.transaction(async (tx) => {
    await crewJobForUpdate(tx, upload.jobId, who.crewId);
    const inserted = await tx
      .insert(photos)
      .values({
        id: upload.id,
        jobId: upload.jobId,
        kind: upload.kind,
        sha256,
        byteSize: upload.bytes.length,
        contentType,
        width: upload.width,
        height: upload.height,
        storageKey,
        uploadedBy: who.userId,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: photos.id });
    if (inserted.length === 0) {
      const [raced] = await tx.select({ sha256: photos.sha256 }).from(photos).where(eq(photos.id, upload.id));
      return duplicateOrConflict(raced!.sha256, sha256);
    }
    const waiting = await tx
      .select({ id: completions.id })
      .from(completions)
      .where(and(eq(completions.jobId, upload.jobId), eq(completions.state, 'awaiting_photos')));
    let appliedCompletions = 0;
    for (const { id } of waiting) if (await applyCompletionIfReady(tx, id, now)) appliedCompletions++;
    return { status: 'stored' as const, appliedCompletions };
  });
}

function duplicateOrConflict(stored: string, received: string) {
  if (stored !== received) throw new DomainError('conflict', 'A different photo was already uploaded under this id');
  return { status: 'duplicate' as const, appliedCompletions: 0 };
}
