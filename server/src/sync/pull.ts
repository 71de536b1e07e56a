import { and, eq, gt, lt, ne, or } from 'drizzle-orm';
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
  // No transaction: every row with a sequence value at or below the one read here has committed
  // (nextCrewSeq holds the crew's row lock until commit). Rows committed after it may be sent
  // early and are sent again next time, which the device's upsert makes harmless.
  const [crew] = await db.select({ seq: crews.syncSeq }).from(crews).where(eq(crews.id, who.crewId));
  const currentSeq = crew?.seq ?? 0;
  const after = decodeCursor(cursor, who.crewId, currentSeq);
  const reset = after === null;
  const since = after ?? 0;
  const next = encodeCursor(who.crewId, currentSeq);
  if (who.deviceId) await touchDevice(db, who, now);
  if (since === currentSeq) return { changes: [], removals: [], cursor: next, reset };

  const changes = await crewJobsSince(db, who.crewId, since);
  const removed = reset
    ? []
    : await db
        .select({ jobId: jobRemovals.jobId })
        .from(jobRemovals)
        .where(and(eq(jobRemovals.crewId, who.crewId), gt(jobRemovals.syncSeq, since)));
  const current = new Set(changes.map((c) => c.id));
  const removals = [...new Set(removed.map((r) => r.jobId))].filter((id) => !current.has(id));
  return { changes, removals, cursor: next, reset };
}

/** When each device last synced, so a depot manager can see a crew that has gone quiet. */
export async function touchDevice(db: Db, who: DeviceIdentity, now: Date) {
  if (!who.deviceId) return;
  // At most one write a minute per device: "last synced" needs no finer grain than that.
  await db
    .insert(devices)
    .values({ id: who.deviceId, userId: who.userId, crewId: who.crewId, lastSyncAt: now })
    .onConflictDoUpdate({
      target: devices.id,
      set: { userId: who.userId, crewId: who.crewId, lastSyncAt: now },
      setWhere: or(lt(devices.lastSyncAt, new Date(now.getTime() - 60_000)), ne(devices.userId, who.userId)),
    });
}
