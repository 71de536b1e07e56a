// A crew's closure of a job. It is always stored with everything it carried; it is applied to the
// job (and through it the cases) once all its photos have arrived, unless it is a conflict or a
// second visit, which are kept as evidence for the depot manager instead.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MutationArgs } from '@kerbside/shared';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { completions, jobRemovals, jobs, photos, users } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { resolveCasesForCompletion } from './case-resolution.js';
import { nextCrewSeq } from './crew-sequence.js';
import { caseIdsOfJob } from './job-cases.js';

export interface CrewMember {
  userId: string;
  userName: string;
  crewId: string;
}

export const crewActor = (who: CrewMember): Actor => ({ type: 'user', id: who.userId, name: who.userName });

/** The job, locked, if it is or was this crew's; otherwise the crew may not touch it. */
export async function crewJobForUpdate(db: Db, jobId: string, crewId: string) {
  const [job] = await db
    .select({ id: jobs.id, crewId: jobs.crewId, status: jobs.status })
    .from(jobs)
    .where(eq(jobs.id, jobId))
    .for('update');
  if (!job) throw new DomainError('not_found', 'This job no longer exists');
  const current = job.crewId === crewId;
  if (!current) {
    const [was] = await db
      .select({ reason: jobRemovals.reason })
      .from(jobRemovals)
      .where(and(eq(jobRemovals.jobId, jobId), eq(jobRemovals.crewId, crewId)))
      .limit(1);
    if (!was) throw new DomainError('forbidden', 'This job belongs to another crew');
  }
  return { ...job, current };
}

export async function recordCompletion(
  db: Db,
  who: CrewMember,
  args: MutationArgs<'job.complete'>,
  mutationId: string,
  now: Date,
) {
  const job = await crewJobForUpdate(db, args.jobId, who.crewId);
  const [earlier] = await db
    .select({ id: completions.id })
    .from(completions)
    .where(and(eq(completions.jobId, job.id), inArray(completions.state, ['applied', 'awaiting_photos'])))
    .limit(1);
  const conflictReason = !job.current
    ? 'The job was reassigned to another crew while this crew worked it'
    : job.status === 'cancelled'
      ? 'The job was cancelled while this crew worked it'
      : null;
  const state = conflictReason ? 'conflict' : earlier ? 'duplicate' : 'awaiting_photos';
  const [row] = await db
    .insert(completions)
    .values({
      jobId: job.id,
      crewId: who.crewId,
      userId: who.userId,
      mutationId,
      outcome: args.outcome,
      reason: args.reason,
      notes: args.notes,
      photoIds: args.photoIds,
      lat: args.lat,
      lng: args.lng,
      accuracyM: args.accuracyM,
      deviceAt: args.deviceAt,
      receivedAt: now,
      state,
      conflictReason: conflictReason ?? (earlier ? 'The job had already been closed: a second visit' : null),
    })
    .returning({ id: completions.id });
  const completionId = row!.id;
  const applied = state === 'awaiting_photos' ? await applyCompletionIfReady(db, completionId, now) : false;
  const missingPhotos = state === 'awaiting_photos' && !applied ? await countMissingPhotos(db, args.photoIds) : 0;
  return { completionId, state: applied ? 'applied' : state, missingPhotos };
}

async function countMissingPhotos(db: Db, photoIds: string[]): Promise<number> {
  if (photoIds.length === 0) return 0;
  const present = await db.select({ id: photos.id }).from(photos).where(inArray(photos.id, photoIds));
  return photoIds.length - present.length;
}

/** Applies a completion whose photos have all arrived. Called on push and after each photo upload. */
export async function applyCompletionIfReady(db: Db, completionId: string, now: Date): Promise<boolean> {
  const [completion] = await db.select().from(completions).where(eq(completions.id, completionId)).for('update');
  if (!completion || completion.state !== 'awaiting_photos') return false;
  if ((await countMissingPhotos(db, completion.photoIds)) > 0) return false;

  const [job] = await db.select({ crewId: jobs.crewId }).from(jobs).where(eq(jobs.id, completion.jobId)).for('update');
  const status = completion.outcome === 'completed' ? 'completed' : 'not_completed';
  const syncSeq = job?.crewId ? await nextCrewSeq(db, job.crewId) : undefined;
  await db
    .update(jobs)
    .set({ status, version: sql`${jobs.version} + 1`, ...(syncSeq ? { syncSeq } : {}), updatedAt: now })
    .where(eq(jobs.id, completion.jobId));
  await db.update(completions).set({ state: 'applied', appliedAt: now }).where(eq(completions.id, completion.id));

  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, completion.userId));
  const actor: Actor = { type: 'user', id: completion.userId, name: user?.name ?? 'Crew' };
  const caseIds = await caseIdsOfJob(db, completion.jobId);
  for (const caseId of caseIds) {
    await appendCaseEvent(db, {
      caseId,
      kind: status === 'completed' ? 'job_completed' : 'job_not_completed',
      actor,
      at: now,
      deviceAt: completion.deviceAt,
      payload: {
        jobId: completion.jobId,
        completionId: completion.id,
        outcome: completion.outcome,
        reason: completion.reason,
        notes: completion.notes,
        photoIds: completion.photoIds,
      },
    });
  }
  await resolveCasesForCompletion(db, { ...completion, caseIds, actor }, now);
  return true;
}
