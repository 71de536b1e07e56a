import { sql } from 'drizzle-orm';
import { formatCaseReference } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { referenceCounters } from '../db/schema.js';

/** The next human reference for `year`; the upsert takes a row lock, so concurrent cases never share one. */
export async function nextCaseReference(db: Db, year: number): Promise<string> {
  const [row] = await db
    .insert(referenceCounters)
    .values({ year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: referenceCounters.year,
      set: { lastSerial: sql`${referenceCounters.lastSerial} + 1` },
    })
    .returning({ serial: referenceCounters.lastSerial });
  return formatCaseReference(year, row!.serial);
}
