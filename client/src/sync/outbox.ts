// Writing the crew's work down on the phone. Everything here commits to IndexedDB before it
// returns, so when the UI says "saved" the work survives a reload, a crash or a flat battery.
import type { MutationArgs, MutationKind } from '@kerbside/shared';
import type { KerbsideDeviceDb, LocalPhoto, OutboxEntry } from './local-db';
import { statusAfter } from './reconcile';

export interface SyncUser {
  id: string;
  name: string;
}

export interface ChangeInput<K extends MutationKind = MutationKind> {
  user: SyncUser;
  deviceId: string;
  kind: K;
  args: MutationArgs<K>;
  /** Words for the status bar, e.g. "Close job at 12 High Street". */
  summary: string;
  at?: Date;
}

/** The change is not valid: nothing was written. `message` is the shared schema's words. */
export class InvalidChangeError extends Error {
  override readonly name = 'InvalidChangeError';
}

interface ArgsSchema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } };
}

/**
 * Records one change in ONE transaction: the next device seq, the outbox entry, the optimistic
 * status on the local job, and whatever `alsoWrite` does (e.g. delete the closure draft). Either
 * all of it is on the phone or none of it is. The transaction spans every table so `alsoWrite`
 * can touch any of them without a forgotten table failing at run time.
 */
export async function recordChange<K extends MutationKind>(
  db: KerbsideDeviceDb,
  change: ChangeInput<K>,
  alsoWrite?: () => Promise<void>,
): Promise<OutboxEntry> {
  // Checked here with the server's own schema, so the crew hears "Write the note" now, not later.
  // The schemas (and zod) load with the first change rather than with the app: the service worker
  // precaches the chunk, so this works with no signal too.
  const { mutationArgs } = await import('@kerbside/shared/sync');
  const parsed = (mutationArgs[change.kind] as ArgsSchema).safeParse(change.args);
  if (!parsed.success) throw new InvalidChangeError(parsed.error.issues[0]?.message ?? 'This change is not valid');
  return db.transaction('rw', [db.outbox, db.meta, db.jobs, db.photos, db.drafts], async () => {
    const seqRow = await db.meta.get('seq');
    const seq = (typeof seqRow?.value === 'number' ? seqRow.value : 0) + 1;
    await db.meta.put({ key: 'seq', value: seq });
    const entry: OutboxEntry = {
      id: crypto.randomUUID(),
      deviceId: change.deviceId,
      seq,
      userId: change.user.id,
      userName: change.user.name,
      kind: change.kind,
      args: parsed.data,
      createdAt: change.at ?? new Date(),
      state: 'pending',
      lastError: null,
      errorCode: null,
      attempts: 0,
      nextAttemptAt: 0,
      summary: change.summary,
    };
    await db.outbox.add(entry);
    await db.meta.put({ key: `userName:${change.user.id}`, value: change.user.name });
    const jobId = (parsed.data as { jobId: string }).jobId;
    const job = await db.jobs.get(jobId);
    if (job && job.ownerId === change.user.id) {
      const status = statusAfter(change.kind, parsed.data, job.status);
      if (status !== job.status) await db.jobs.update(jobId, { status });
    }
    if (alsoWrite) await alsoWrite();
    return entry;
  });
}

export interface PhotoInput {
  userId: string;
  jobId: string;
  kind: 'before' | 'after';
  /** The downscaled JPEG. */
  bytes: Blob;
  width: number;
  height: number;
}

/** Stores a photo with its SHA-256 (the server checks it), ready to upload. */
export async function savePhoto(db: KerbsideDeviceDb, input: PhotoInput): Promise<LocalPhoto> {
  const buffer = await input.bytes.arrayBuffer();
  const photo: LocalPhoto = {
    id: crypto.randomUUID(),
    userId: input.userId,
    jobId: input.jobId,
    kind: input.kind,
    blob: input.bytes,
    buffer: null,
    type: input.bytes.type || 'image/jpeg',
    sha256: await sha256Hex(buffer),
    size: buffer.byteLength,
    width: input.width,
    height: input.height,
    state: 'pending',
    lastError: null,
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: new Date(),
  };
  try {
    await db.photos.add(photo);
    return photo;
  } catch {
    // Some iOS versions refuse Blobs in IndexedDB. The bytes as an ArrayBuffer always store; if
    // that fails too (storage full) the error reaches the UI, which must not say "saved".
    const fallback: LocalPhoto = { ...photo, blob: null, buffer };
    await db.photos.add(fallback);
    return fallback;
  }
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This phone's id for the server's ledger and device list: made once, then kept. */
export async function deviceId(db: KerbsideDeviceDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get('deviceId');
    if (typeof row?.value === 'string') return row.value;
    const id = crypto.randomUUID();
    await db.meta.put({ key: 'deviceId', value: id });
    return id;
  });
}

/** A refused change the crew has read: removes it from the list (the server keeps its own record). */
export async function dismissRejected(db: KerbsideDeviceDb, id: string): Promise<void> {
  await db.transaction('rw', db.outbox, db.photos, async () => {
    const entry = await db.outbox.get(id);
    if (entry?.state === 'rejected') await db.outbox.delete(id);
    const photo = await db.photos.get(id);
    if (photo?.state === 'rejected') await db.photos.delete(id);
  });
}
