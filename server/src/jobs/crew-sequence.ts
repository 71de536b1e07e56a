import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { crews, jobRemovals } from '../db/schema.js';

/**
 * The crew's next sync sequence value. The UPDATE row-locks the crew until the transaction ends,
 * so values are handed out in commit order and a pull never skips a change that commits later.
 */
export async function nextCrewSeq(db: Db, crewId: string): Promise<number> {
  const [row] = await db
    .update(crews)
    .set({ syncSeq: sql`${crews.syncSeq} + 1` })
    .where(eq(crews.id, crewId))
    .returning({ seq: crews.syncSeq });
  if (!row) throw new Error(`crew ${crewId} does not exist`);
  return row.seq;
}

/** Tells `crewId`'s devices to drop the job on their next pull. */
export async function recordRemoval(db: Db, crewId: string, jobId: string, reason: 'reassigned' | 'cancelled', now: Date) {
  const syncSeq = await nextCrewSeq(db, crewId);
  await db.insert(jobRemovals).values({ crewId, jobId, syncSeq, reason, at: now });
}
