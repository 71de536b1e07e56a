import { and, inArray, notInArray } from 'drizzle-orm';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { cases } from '../db/schema.js';
import { queueClosureNotices } from '../notices/queue.js';

export interface AppliedCompletion {
  id: string;
  jobId: string;
  outcome: 'completed' | 'not_completed';
  reason: string | null;
  deviceAt: Date;
  caseIds: string[];
  actor: Actor;
}

/**
 * A completed job resolves its cases; one that could not be completed sends them back to the
 * dispatcher's queue with the crew's reason. Runs inside the completion's transaction.
 */
export async function resolveCasesForCompletion(db: Db, completion: AppliedCompletion, now: Date): Promise<string[]> {
  if (completion.caseIds.length === 0) return [];
  const completed = completion.outcome === 'completed';
  const changed = await db
    .update(cases)
    .set(completed ? { status: 'resolved', resolvedAt: now, updatedAt: now } : { status: 'open', updatedAt: now })
    .where(and(inArray(cases.id, completion.caseIds), notInArray(cases.status, ['resolved', 'closed'])))
    .returning({ id: cases.id });
  for (const { id } of changed) {
    await appendCaseEvent(db, {
      caseId: id,
      kind: 'status_changed',
      actor: completion.actor,
      at: now,
      deviceAt: completion.deviceAt,
      public: true,
      payload: completed
        ? { status: 'resolved', summary: 'The crew completed the work' }
        : { status: 'open', summary: 'The crew could not complete the work; it is back with the depot', reason: completion.reason },
    });
  }
  const changedIds = changed.map((c) => c.id);
  // The outbox row commits with the closure, or not at all (DESIGN.md §3, transactional outbox).
  if (completed) await queueClosureNotices(db, changedIds, now);
  return changedIds;
}

