import { attachmentContentTypes, intakeUploadPath, maxPhotoBytes, type UploadedAttachment } from '@kerbside/shared';

const photoTypes = attachmentContentTypes.filter((t) => t.startsWith('image/'));

/**
 * What can be said about a file before sending it. The server decides by the bytes; this only
 * saves a wasted upload when the answer is already clear.
 */
export function checkFile(file: { size: number; type: string }, allowPdf: boolean): string | null {
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > maxPhotoBytes) return 'The selected file must be smaller than 15 MB';
  // Browsers leave the type empty for some photos (HEIC on Windows): let the server look.
  const allowed: readonly string[] = allowPdf ? attachmentContentTypes : photoTypes;
  if (file.type && !allowed.includes(file.type)) {
    return allowPdf ? 'The selected file must be a JPEG, PNG, WebP or HEIC photo, or a PDF' : 'The selected file must be a JPEG, PNG, WebP or HEIC photo';
  }
  return null;
}

export class UploadError extends Error {}

/** Sends the file's bytes as they are; answers the id a case names when it is logged. */
export async function uploadAttachment(file: Blob): Promise<UploadedAttachment> {
  let response: Response;
  try {
    response = await fetch(intakeUploadPath, {
      method: 'POST',
      body: file,
      credentials: 'include',
      // The server sniffs the bytes; a declared type would only invite a different body parser.
      headers: { 'Content-Type': 'application/octet-stream' },
    });
  } catch {
    throw new UploadError('The file could not be sent. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as Partial<UploadedAttachment> & { error?: string };
  if (!response.ok || !body.id) throw new UploadError(body.error ?? 'The file could not be uploaded. Try again.');
  return body as UploadedAttachment;
}
