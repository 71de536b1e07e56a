// Photos and scanned letters sent with a report. They are uploaded first (each gets an id) and
// claimed by the case when it is created, in the same transaction.
import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { maxPhotoBytes, type UploadedAttachment } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { photos } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { sniffImageType } from '../photos/image-type.js';
import type { PhotoStorage } from '../photos/storage.js';
import { FieldError } from './field-error.js';

type AttachmentType = UploadedAttachment['contentType'];

/** Judged by the bytes, as in the crew upload; a PDF only where a scanned letter may come in. */
export function sniffAttachmentType(bytes: Uint8Array, allowPdf: boolean): AttachmentType | null {
  const image = sniffImageType(bytes);
  if (image) return image;
  const isPdf = bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
  return allowPdf && isPdf ? 'application/pdf' : null;
}

export interface AttachmentUpload {
  bytes: Uint8Array;
  /** The agent who uploaded it; null for the public form. */
  uploadedBy: string | null;
  allowPdf: boolean;
}

export async function storeAttachment(db: Db, storage: PhotoStorage, upload: AttachmentUpload, now: Date): Promise<UploadedAttachment> {
  const { bytes } = upload;
  if (bytes.length === 0) throw new DomainError('bad_input', 'The selected file is empty');
  if (bytes.length > maxPhotoBytes) throw new DomainError('too_large', 'The selected file must be smaller than 15 MB');
  const contentType = sniffAttachmentType(bytes, upload.allowPdf);
  if (!contentType) {
    const allowed = upload.allowPdf ? 'a JPEG, PNG, WebP or HEIC photo, or a PDF' : 'a JPEG, PNG, WebP or HEIC photo';
    throw new DomainError('unsupported_type', `The selected file must be ${allowed}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Bytes first: content-addressed, so a crash here leaves only an orphan file, never a row without bytes.
  const storageKey = await storage.put(sha256, bytes);
  const id = randomUUID();
  await db.insert(photos).values({
    id,
    kind: 'report',
    sha256,
    byteSize: bytes.length,
    contentType,
    storageKey,
    uploadedBy: upload.uploadedBy,
    createdAt: now,
  });
  return { id, contentType, byteSize: bytes.length };
}

/**
 * Gives the uploads to a case. Only unclaimed report uploads qualify, so an id cannot move a photo
 * from another case; any id that does not qualify refuses the whole report.
 */
export async function claimAttachments(db: Db, caseId: string, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const claimed = await db
    .update(photos)
    .set({ caseId })
    .where(and(inArray(photos.id, unique), eq(photos.kind, 'report'), isNull(photos.caseId), isNull(photos.jobId)))
    .returning({ id: photos.id });
  if (claimed.length !== unique.length) {
    throw new FieldError('attachmentIds', 'An attached file was not found or is already on another case. Upload it again.');
  }
}
