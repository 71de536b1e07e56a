// Taking notices off the outbox. Several server processes may run a worker against one database.
import { and, asc, eq, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notices } from '../db/schema.js';

export const claimedNoticeColumns = {
  id: notices.id,
  caseId: notices.caseId,
  citizenId: notices.citizenId,
  kind: notices.kind,
  channel: notices.channel,
  subject: notices.subject,
  body: notices.body,
  attempts: notices.attempts,
};

export type ClaimedNotice = {
  id: string;
  caseId: string;
  citizenId: string;
  kind: 'closure' | 'acknowledgement' | 'update';
  channel: 'email' | 'sms' | 'letter' | 'none';
  subject: string;
  body: string;
  /** Counting this try: doubles as the fencing token when the result is recorded. */
  attempts: number;
};

/**
 * Claims up to `limit` due notices in one statement: pending ones whose time has come, and ones
 * another worker claimed but did not finish before its lease ran out (it crashed or hung).
 * FOR UPDATE SKIP LOCKED makes concurrent claimers take disjoint sets without waiting on each other;
 * the claim moves `next_attempt_at` to the end of the lease, which is what hides the notice from
 * other workers once this statement commits.
 *
 * The ids are taken with `= ANY(ARRAY(sub-select))`, which PostgreSQL runs exactly once. The
 * familiar `IN (sub-select … LIMIT n)` may be re-run per row, claiming far more than n (the race
 * test caught it claiming all 100).
 */
export async function claimDueNotices(db: Db, limit: number, now: Date, leaseMs: number): Promise<ClaimedNotice[]> {
  const isDue = and(or(eq(notices.state, 'pending'), eq(notices.state, 'sending')), lte(notices.nextAttemptAt, now));
  const due = db
    .select({ id: notices.id })
    .from(notices)
    .where(isDue)
    .orderBy(asc(notices.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(notices)
    .set({ state: 'sending', attempts: sql`${notices.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(sql`${notices.id} = any(array(${due}))`)
    .returning(claimedNoticeColumns);
}
