// Plain constants of the sync protocol, apart from the zod schemas so the device can use them
// without loading zod.

export const photoKinds = ['before', 'after', 'report'] as const;
export type PhotoKind = (typeof photoKinds)[number];
export const maxPhotoBytes = 15 * 1024 * 1024;
export const photoContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;

/** Headers that travel with `PUT /api/photos/:id` (the body is the raw bytes). */
export const photoUploadHeaders = {
  sha256: 'x-photo-sha256',
  jobId: 'x-job-id',
  kind: 'x-photo-kind',
  width: 'x-photo-width',
  height: 'x-photo-height',
} as const;
