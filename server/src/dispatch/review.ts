// A manager's decision on a conflict or exception. Each runs in one transaction: the cases change,
// every affected case's timeline says what was decided and by whom, and the closure is marked reviewed.
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { exceptionKindLabels, type Priority, type ReviewAction } from '@kerbside/shared';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { cases, completions, jobs, users } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { resolveCasesForCompletion } from '../jobs/case-resolution.js';
import { cancelJobIn, reassignJobIn, requireCrew } from '../jobs/dispatch.js';
import { caseIdsOfJob } from '../jobs/job-cases.js';
import { insertJob, liveJobsOfCases } from '../jobs/job-writes.js';
import { awaitingReview, exceptionKindOf } from './exceptions.js';

async function lockForReview(tx: Db, completionId: string) {
  const [row] = await tx.select().from(completions).where(eq(completions.id, completionId)).for('update');
  if (!row) throw new DomainError('not_found', 'No closure has that id');
  if (row.reviewedAt) throw new DomainError('conflict', 'Another manager has already reviewed this closure');
  const [pending] = await tx.select({ id: completions.id }).from(completions).where(and(eq(completions.id, completionId), awaitingReview));
  if (!pending) throw new DomainError('conflict', 'This closure needs no review');
  const [job] = await tx.select({ crewId: jobs.crewId }).from(jobs).where(eq(jobs.id, row.jobId));
  const [member] = await tx.select({ name: users.name }).from(users).where(eq(users.id, row.userId));
  const caseIds = await caseIdsOfJob(tx, row.jobId);
  const kind = exceptionKindOf(row, { crewId: job?.crewId ?? null });
  const crewMember: Actor = { type: 'user', id: row.userId, name: member?.name ?? 'Crew' };
  return { completion: row, caseIds, kind, crewMember };
}

/** The job's cases a decision can still change. */
async function unfinishedCases(tx: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select({ id: cases.id, slaDueAt: cases.slaDueAt, lat: cases.lat, lng: cases.lng, address: cases.address })
    .from(cases)
    .where(and(inArray(cases.id, caseIds), notInArray(cases.status, ['resolved', 'closed'])));
  return rows;
}

async function cancelLiveJobs(tx: Db, caseIds: string[], reason: string, actor: Actor, now: Date) {
  const live = await liveJobsOfCases(tx, caseIds);
  for (const jobId of new Set(live.map((j) => j.jobId))) await cancelJobIn(tx, jobId, reason, actor, now);
}

async function finishReview(tx: Db, review: Awaited<ReturnType<typeof lockForReview>>, action: ReviewAction, text: string, actor: Actor, now: Date) {
  for (const caseId of review.caseIds) {
    await appendCaseEvent(tx, {
      caseId,
      kind: 'note',
      actor,
      at: now,
      payload: { text, review: action, completionId: review.completion.id, exception: review.kind },
    });
  }
  await tx.update(completions).set({ reviewedAt: now, reviewedBy: actor.id, reviewOutcome: action }).where(eq(completions.id, review.completion.id));
}

/** The crew's work stands: the cases are resolved as if the closure had applied, notices and all. */
export async function acceptCompletion(db: Db, completionId: string, actor: Actor, now: Date): Promise<{ resolvedCaseIds: string[] }> {
  return db.transaction(async (tx) => {
    const review = await lockForReview(tx, completionId);
    const { completion } = review;
    if (completion.outcome !== 'completed') {
      throw new DomainError('conflict', 'The crew could not complete this job, so there is no work to accept: reassign it or close the case');
    }
    if (completion.state === 'conflict') {
      // It never applied, so its closure joins the timeline now, in the crew's name, with their times.
      for (const caseId of review.caseIds) {
        await appendCaseEvent(tx, {
          caseId,
          kind: 'job_completed',
          actor: review.crewMember,
          at: now,
          deviceAt: completion.deviceAt,
          payload: { jobId: completion.jobId, completionId, outcome: completion.outcome, notes: completion.notes, photoIds: completion.photoIds, acceptedBy: actor.name },
        });
      }
    }
    // Another crew may hold the case now; the work is done, so their job goes.
    await cancelLiveJobs(tx, review.caseIds, `Done by another crew: ${completion.notes || 'closure accepted by the depot'}`.slice(0, 1000), actor, now);
    const resolvedCaseIds = await resolveCasesForCompletion(
      tx,
      { id: completion.id, jobId: completion.jobId, outcome: 'completed', reason: completion.reason, deviceAt: completion.deviceAt, caseIds: review.caseIds, actor: review.crewMember },
      now,
    );
    await finishReview(tx, review, 'accepted', `Accepted the crew's closure (${exceptionKindLabels[review.kind].toLowerCase()})`, actor, now);
    return { resolvedCaseIds };
  });
}

export interface ReassignAfterReview {
  crewId: string;
  priority: Priority;
  instructions: string;
}

/** The work is still to do: the live job moves to the chosen crew, or a new job is raised for it. */
export async function reassignFromCompletion(db: Db, completionId: string, input: ReassignAfterReview, actor: Actor, now: Date): Promise<{ jobId: string }> {
  return db.transaction(async (tx) => {
    const review = await lockForReview(tx, completionId);
    const crew = await requireCrew(tx, input.crewId);
    const open = await unfinishedCases(tx, review.caseIds);
    if (open.length === 0) throw new DomainError('conflict', 'These cases are already resolved or closed; there is nothing to reassign');
    const live = await liveJobsOfCases(tx, open.map((c) => c.id));
    const liveJobIds = [...new Set(live.map((j) => j.jobId))];
    let jobId: string;
    if (liveJobIds.length === 1) {
      jobId = liveJobIds[0]!;
      await reassignJobIn(tx, jobId, crew.id, actor, now);
    } else {
      await cancelLiveJobs(tx, open.map((c) => c.id), 'Replaced by one new job after review', actor, now);
      const dueAt = new Date(Math.min(...open.map((c) => c.slaDueAt.getTime())));
      jobId = await insertJob(tx, { priority: input.priority, dueAt, instructions: input.instructions, accessNotes: '' }, crew, open, actor, now);
    }
    await finishReview(tx, review, 'reassigned', `Reviewed (${exceptionKindLabels[review.kind].toLowerCase()}) and sent to ${crew.name}`, actor, now);
    return { jobId };
  });
}

/** Nothing more will be done: the cases are closed with the manager's reason. */
export async function closeNoFurtherAction(db: Db, completionId: string, reason: string, actor: Actor, now: Date): Promise<{ closedCaseIds: string[] }> {
  return db.transaction(async (tx) => {
    const review = await lockForReview(tx, completionId);
    const open = (await unfinishedCases(tx, review.caseIds)).map((c) => c.id);
    await cancelLiveJobs(tx, open, `Closed with no further action: ${reason}`.slice(0, 1000), actor, now);
    if (open.length > 0) {
      await tx.update(cases).set({ status: 'closed', updatedAt: now }).where(inArray(cases.id, open));
    }
    for (const caseId of open) {
      await appendCaseEvent(tx, {
        caseId,
        kind: 'status_changed',
        actor,
        at: now,
        public: true,
        payload: { status: 'closed', summary: 'Closed with no further action' },
      });
    }
    await finishReview(tx, review, 'closed', `Closed with no further action: ${reason}`, actor, now);
    return { closedCaseIds: open };
  });
}
