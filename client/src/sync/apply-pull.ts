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
    const sent = new Set<string>();
    for (const change of pulled.changes) {
      sent.add(change.id);
      const stored = await db.jobs.get(change.id);
      // Same crew, two people, one phone: the row moves to whoever pulled it last, and the other
      // person's next pull starts afresh so they get it back.
      if (stored && stored.ownerId !== userId) await db.meta.delete(cursorKey(stored.ownerId));
      const local = stored?.ownerId === userId ? stored : undefined;
      await db.jobs.put(reconcile(local, { ...change, ownerId: userId }, busy.has(change.id)));
    }
    const mine = await db.jobs.where('ownerId').equals(userId).toArray();
    const gone = new Set(pulled.reset ? mine.filter((j) => !sent.has(j.id)).map((j) => j.id) : pulled.removals);
    for (const job of mine) {
      const flagged = gone.has(job.id) ? { ...job, removedOnServer: true } : job;
      const next = settle(flagged, busy.has(job.id));
      if (next === null) await db.jobs.delete(job.id);
      else if (next !== job) await db.jobs.put(next);
    }
    await db.meta.bulkPut([
      { key: cursorKey(userId), value: pulled.cursor },
      { key: lastSyncKey(userId), value: at },
    ]);
  });
}
