// Step (b) of a sync round: upload this person's photos one by one. Each upload is idempotent by
// the photo's id, so a repeat after a lost answer is harmless ("duplicate" is success).
import type { KerbsideDeviceDb, LocalPhoto } from './local-db';
import type { Round } from './push-outbox';
import { isUnsent, pendingPhotos } from './queries';
import { failureOf } from './transport';

export async function uploadPhotos(round: Round): Promise<void> {
  const { db } = round;
  for (const photo of await pendingPhotos(db, round.user.id)) {
    const bytes = photo.blob ?? photo.buffer;
    if (!bytes) {
      await db.photos.update(photo.id, { state: 'rejected', lastError: 'The photo was not kept on this phone. Take it again.' });
      continue;
    }
    round.checkUser();
    try {
      await round.transport.uploadPhoto(photo, bytes);
      await db.photos.update(photo.id, { state: 'uploaded', lastError: null, attempts: photo.attempts + 1 });
    } catch (error) {
      const failure = failureOf(error);
      const refused = failure.kind === 'refused';
      await db.photos.update(photo.id, { state: refused ? 'rejected' : 'pending', lastError: failure.message, attempts: photo.attempts + 1 });
      // A refused photo is this photo's problem; the others still go. Anything else stops the round.
      if (!refused) throw failure;
    }
  }
}

const closed = new Set(['completed', 'not_completed', 'cancelled']);

/**
 * Frees the bytes of uploaded photos once nothing on the phone still needs them: no unsent change
 * and no closure draft names them, and their job is closed or gone. The row stays (the server
 * serves the photo), so the UI still knows the photo was taken.
 */
export async function dropUploadedBytes(db: KerbsideDeviceDb): Promise<void> {
  // Most rounds have nothing to free: a read-only look first keeps them from taking write locks.
  if ((await db.photos.where('state').equals('uploaded').filter((p) => !!(p.blob || p.buffer)).count()) === 0) return;
  await db.transaction('rw', [db.photos, db.outbox, db.drafts, db.jobs], async () => {
    const uploaded = (await db.photos.where('state').equals('uploaded').toArray()).filter((p) => p.blob || p.buffer);
    if (uploaded.length === 0) return;
    const named = new Set<string>();
    for (const e of await db.outbox.filter(isUnsent).toArray()) for (const id of photoIdsOf(e.args)) named.add(id);
    for (const d of await db.drafts.toArray()) for (const id of d.photoIds) named.add(id);
    const jobs = await db.jobs.bulkGet(uploaded.map((p) => p.jobId));
    const free = uploaded.filter((p, i) => !named.has(p.id) && (!jobs[i] || closed.has(jobs[i].status)));
    for (const photo of free) await db.photos.update(photo.id, { blob: null, buffer: null } satisfies Partial<LocalPhoto>);
  });
}

function photoIdsOf(args: unknown): string[] {
  const ids = (args as { photoIds?: unknown }).photoIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
