// Step (c) of a sync round: pull what changed for this person's crew and apply it to the phone.
import type { PullResultV1 } from '@kerbside/shared';
import type { KerbsideDeviceDb } from './local-db';
import type { Round } from './push-outbox';
import { jobsWithUnsentWork } from './queries';
import { reconcile, settle } from './reconcile';
import { failureOf } from './transport';

export const cursorKey = (userId: string) => `cursor:${userId}`;
export const lastSyncKey = (userId: string) => `lastSyncAt:${userId}`;

export async function pullAndApply(round: Round): Promise<void> {
  const row = await round.db.meta.get(cursorKey(round.user.id));
  const cursor = typeof row?.value === 'string' ? row.value : null;
  round.checkUser();
  const pulled = await round.transport.pull(cursor, round.deviceId).catch((error: unknown) => {
    throw failureOf(error);
  });
  await applyPull(round.db, round.user.id, pulled, round.now());
}

/**
 * In one transaction with the outbox, so a change recorded meanwhile is either seen as unsent
 * here or written after (and then re-applied optimistically by recordChange).
 */
export async function applyPull(db: KerbsideDeviceDb, userId: string, pulled: PullResultV1, at: Date): Promise<void> {
  await db.transaction('rw', [db.jobs, db.outbox, db.photos, db.meta], async () => {
    const busy = await jobsWithUnsentWork(db, userId);
    // Read and write in bulk: a first pull brings hundreds of jobs, and one IndexedDB request per
    // job is what makes a cheap phone slow.
    const storedRows = await db.jobs.bulkGet(pulled.changes.map((c) => c.id));
    const formerOwners = new Set<string>();
    const merged = pulled.changes.map((change, i) => {
      const stored = storedRows[i];
      // Same crew, two people, one phone: the row moves to whoever pulled it last, and the other
      // person's next pull starts afresh so they get it back.
      if (stored && stored.ownerId !== userId) formerOwners.add(stored.ownerId);
      const local = stored?.ownerId === userId ? stored : undefined;
      return reconcile(local, { ...change, ownerId: userId }, busy.has(change.id));
    });
    if (formerOwners.size > 0) await db.meta.bulkDelete([...formerOwners].map(cursorKey));
    await db.jobs.bulkPut(merged);

    const sent = new Set(pulled.changes.map((c) => c.id));
    const mine = await db.jobs.where('ownerId').equals(userId).toArray();
    const gone = new Set(pulled.reset ? mine.filter((j) => !sent.has(j.id)).map((j) => j.id) : pulled.removals);
    const deleted: string[] = [];
    const changed: typeof mine = [];
    for (const job of mine) {
      const flagged = gone.has(job.id) ? { ...job, removedOnServer: true } : job;
      const next = settle(flagged, busy.has(job.id));
      if (next === null) deleted.push(job.id);
      else if (next !== job) changed.push(next);
    }
    await db.jobs.bulkDelete(deleted);
    await db.jobs.bulkPut(changed);
    await db.meta.bulkPut([
      { key: cursorKey(userId), value: pulled.cursor },
      { key: lastSyncKey(userId), value: at },
    ]);
  });
}
