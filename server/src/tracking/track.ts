// The tracking page's operations, each behind the same guard: rate limit, one not-found for every miss.
import type { NotFixedInput, PublicCaseView, TrackingLink, TrackLookupInput } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import type { PhotoStorage } from '../photos/storage.js';
import { guarded, type TrackingAccess } from './guard.js';
import { reportNotFixed } from './not-fixed.js';
import { linkForContact, publicCaseView, trackedCase } from './public-case.js';
import { publicPhotoBytes } from './public-photo.js';

export function trackByToken(db: Db, access: TrackingAccess, link: TrackingLink): Promise<PublicCaseView> {
  return guarded(access, async () => publicCaseView(db, await trackedCase(db, link), access.now));
}

/** For the form: the reference and the e-mail or phone given; answers with the tracking link. */
export function trackByContact(db: Db, access: TrackingAccess, input: TrackLookupInput): Promise<TrackingLink> {
  return guarded(access, () => linkForContact(db, input.reference, input.contact));
}

export function notFixed(db: Db, access: TrackingAccess, input: NotFixedInput): Promise<PublicCaseView> {
  return guarded(access, () => reportNotFixed(db, input, access.now));
}

export function publicPhoto(db: Db, storage: PhotoStorage, access: TrackingAccess, link: TrackingLink, photoId: string) {
  return guarded(access, () => publicPhotoBytes(db, storage, link, photoId));
}
