import { and, eq, gt } from 'drizzle-orm';
import type { PullResultV1 } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { crews, devices, jobRemovals } from '../db/schema.js';
import { crewJobsSince } from '../jobs/crew-jobs.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface DeviceIdentity {
  userId: string;
  crewId: string;
  deviceId: string | null;
}

/**
 * What changed for the crew since the cursor. Reads the crew's sequence first and only rows above
 * the cursor: a pull when nothing changed is one indexed lookup per table and returns nothing.
 */
export async function pullChanges(db: Db, who: DeviceIdentity, cursor: string | null, now: Date): Promise<PullResultV1> {
  return db.transaction(async (tx) => {
    const [crew] = await tx.select({ seq: crews.syncSeq }).from(crews).where(eq(crews.id, who.crewId));
    const currentSeq = crew?.seq ?? 0;
    const after = decodeCursor(cursor, who.crewId, currentSeq);
    const reset = after === null;
    const since = after ?? 0;
    const next = encodeCursor(who.crewId, currentSeq);
    if (who.deviceId) await touchDevice(tx, who, now);
    if (since === currentSeq) return { changes: [], removals: [], cursor: next, reset };

    const changes = await crewJobsSince(tx, who.crewId, since);
    const removed = reset
      ? []
      : await tx
          .select({ jobId: jobRemovals.jobId })
          .from(jobRemovals)
          .where(and(eq(jobRemovals.crewId, who.crewId), gt(jobRemovals.syncSeq, since)));
    const current = new Set(changes.map((c) => c.id));
    const removals = [...new Set(removed.map((r) => r.jobId))].filter((id) => !current.has(id));
    return { changes, removals, cursor: next, reset };
  });
}

/** When each device last synced, so a depot manager can see a crew that has gone quiet. */
export async function touchDevice(db: Db, who: DeviceIdentity, now: Date) {
  if (!who.deviceId) return;
  await db
    .insert(devices)
    .values({ id: who.deviceId, userId: who.userId, crewId: who.crewId, lastSyncAt: now })
    .onConflictDoUpdate({ target: devices.id, set: { userId: who.userId, crewId: who.crewId, lastSyncAt: now } });
}
