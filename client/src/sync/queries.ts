// What is waiting on this phone, per person. Used by the engine and by the crew status bar.
import Dexie from 'dexie';
import type { KerbsideDeviceDb, LocalPhoto, OutboxEntry } from './local-db';

/** Not yet acknowledged by the server ('sending' is only ever left behind by old code or a crash). */
export const isUnsent = (entry: OutboxEntry) => entry.state !== 'rejected';

/** This person's unsent changes, lowest seq first: the order they must reach the server in. */
export function unsentEntries(db: KerbsideDeviceDb, userId: string, limit = Infinity): Promise<OutboxEntry[]> {
  return db.outbox
    .where('[userId+seq]')
    .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
    .filter(isUnsent)
    .limit(limit)
    .toArray();
}

export function pendingPhotos(db: KerbsideDeviceDb, userId: string): Promise<LocalPhoto[]> {
  return db.photos
    .where('userId')
    .equals(userId)
    .filter((p) => p.state === 'pending')
    .sortBy('createdAt');
}

/** Jobs on which this person has a change or a photo not yet acknowledged. */
export async function jobsWithUnsentWork(db: KerbsideDeviceDb, userId: string): Promise<Set<string>> {
  const entries = await unsentEntries(db, userId);
  const photos = await pendingPhotos(db, userId);
  return new Set([...entries.map((e) => (e.args as { jobId: string }).jobId), ...photos.map((p) => p.jobId)]);
}

export interface RejectedWork {
  id: string;
  what: 'change' | 'photo';
  summary: string;
  /** The server's words: why it refused. */
  reason: string;
  code: string | null;
  jobId: string;
  at: Date;
}

export interface OthersUnsent {
  userId: string;
  userName: string;
  changes: number;
  photos: number;
}

export interface SyncCounts {
  pendingChanges: number;
  pendingPhotos: number;
  rejected: RejectedWork[];
  othersUnsent: OthersUnsent[];
  lastSyncAt: Date | null;
}

/** Everything the crew status bar shows, for the person signed in (null: nobody). */
export async function readSyncCounts(db: KerbsideDeviceDb, userId: string | null): Promise<SyncCounts> {
  const [entries, photos, names, lastSync] = await Promise.all([
    db.outbox.toArray(),
    db.photos.where('state').anyOf('pending', 'rejected').toArray(),
    db.meta.where('key').startsWith('userName:').toArray(),
    userId ? db.meta.get(`lastSyncAt:${userId}`) : undefined,
  ]);
  const mine = <T extends { userId: string }>(rows: T[]) => rows.filter((r) => r.userId === userId);
  const jobs = new Map((await db.jobs.bulkGet(photos.map((p) => p.jobId))).map((j) => [j?.id, j]));
  const rejected: RejectedWork[] = [
    ...mine(entries)
      .filter((e) => e.state === 'rejected')
      .map((e) => ({ id: e.id, what: 'change' as const, summary: e.summary, reason: e.lastError ?? '', code: e.errorCode, jobId: (e.args as { jobId: string }).jobId, at: e.createdAt })),
    ...mine(photos)
      .filter((p) => p.state === 'rejected')
      .map((p) => ({ id: p.id, what: 'photo' as const, summary: `Photo for ${jobs.get(p.jobId)?.address ?? 'a job'}`, reason: p.lastError ?? '', code: null, jobId: p.jobId, at: p.createdAt })),
  ];
  return {
    pendingChanges: mine(entries).filter(isUnsent).length,
    pendingPhotos: mine(photos).filter((p) => p.state === 'pending').length,
    rejected,
    othersUnsent: othersUnsent(entries, photos, userId, new Map(names.map((n) => [n.key.slice('userName:'.length), String(n.value)]))),
    lastSyncAt: lastSync?.value instanceof Date ? lastSync.value : null,
  };
}

/** Someone else's unsent work stays here, untouched, until they sign in again: say so, by name. */
function othersUnsent(entries: OutboxEntry[], photos: LocalPhoto[], userId: string | null, names: Map<string, string>): OthersUnsent[] {
  const byUser = new Map<string, OthersUnsent>();
  const row = (id: string) => {
    let found = byUser.get(id);
    if (!found) byUser.set(id, (found = { userId: id, userName: names.get(id) ?? 'Another crew member', changes: 0, photos: 0 }));
    return found;
  };
  for (const e of entries) if (e.userId !== userId && isUnsent(e)) row(e.userId).changes++;
  for (const p of photos) if (p.userId !== userId && p.state === 'pending') row(p.userId).photos++;
  return [...byUser.values()];
}
