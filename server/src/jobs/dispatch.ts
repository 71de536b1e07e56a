// A depot manager's actions on jobs. Each writes the change, the crews' sync sequence and the
// timeline of every case the job serves, in one transaction.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Priority } from '@kerbside/shared';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { cases, categories, crews, jobs } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { nextCrewSeq, recordRemoval } from './crew-sequence.js';
import { caseIdsOfJob } from './job-cases.js';
import { insertJob, liveJobsOfCases, reopenCasesWithoutLiveJob } from './job-writes.js';

export interface NewJob {
  caseIds: string[];
  crewId: string;
  priority: Priority;
  dueAt: Date;
  instructions: string;
  accessNotes?: string;
}

export interface ManyJobs {
  caseIds: string[];
  crewId: string;
  /** null: each case's category default. */
  priority: Priority | null;
  instructions: string;
}

export async function requireCrew(db: Db, crewId: string) {
  const [crew] = await db.select({ id: crews.id, name: crews.name }).from(crews).where(eq(crews.id, crewId));
  if (!crew) throw new DomainError('bad_input', 'Choose a crew from the list', { field: 'crewId' });
  return crew;
}

/** The cases, checked: all exist, none is finished, none already has a crew working it. */
async function casesForNewJobs(db: Db, caseIds: string[]) {
  const served = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      lat: cases.lat,
      lng: cases.lng,
      address: cases.address,
      status: cases.status,
      slaDueAt: cases.slaDueAt,
      categoryId: cases.categoryId,
      defaultPriority: categories.defaultPriority,
    })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(inArray(cases.id, caseIds))
    .for('update', { of: cases });
  if (served.length !== new Set(caseIds).size) throw new DomainError('not_found', 'One of those cases does not exist');
  const finished = served.find((c) => c.status === 'resolved' || c.status === 'closed');
  if (finished) throw new DomainError('conflict', `${finished.reference} is ${finished.status}: it cannot be given a new job`);
  // Two managers at two desks must not send two crews to the same pothole.
  const [live] = await liveJobsOfCases(db, caseIds);
  if (live) {
    const reference = served.find((c) => c.id === live.caseId)?.reference;
    throw new DomainError('conflict', `${reference} already has a job with ${live.crewName ?? 'a crew'}: reassign that job instead`);
  }
  // Keep the caller's order, so the job's location is the first case chosen.
  return caseIds.map((id) => served.find((c) => c.id === id)!).filter((c, i, all) => all.indexOf(c) === i);
}

export async function createJob(db: Db, input: NewJob, actor: Actor, now: Date): Promise<{ jobId: string }> {
  return db.transaction(async (tx) => {
    const crew = await requireCrew(tx, input.crewId);
    const served = await casesForNewJobs(tx, input.caseIds);
    if (new Set(served.map((c) => c.categoryId)).size > 1) {
      throw new DomainError('bad_input', 'One job serves cases of one problem: choose cases of the same category', { field: 'caseIds' });
    }
    const jobId = await insertJob(tx, { ...input, accessNotes: input.accessNotes ?? '' }, crew, served, actor, now);
    return { jobId };
  });
}

/** One job per case, all to one crew, each due when its case is due; all or none. */
export async function assignMany(db: Db, input: ManyJobs, actor: Actor, now: Date): Promise<{ jobs: { caseId: string; jobId: string }[] }> {
  return db.transaction(async (tx) => {
    const crew = await requireCrew(tx, input.crewId);
    const served = await casesForNewJobs(tx, input.caseIds);
    const created: { caseId: string; jobId: string }[] = [];
    for (const c of served) {
      const fields = {
        priority: input.priority ?? c.defaultPriority,
        dueAt: c.slaDueAt,
        instructions: input.instructions,
        accessNotes: '',
      };
      created.push({ caseId: c.id, jobId: await insertJob(tx, fields, crew, [c], actor, now) });
    }
    return { jobs: created };
  });
}

async function openJob(db: Db, jobId: string) {
  const [job] = await db.select({ id: jobs.id, crewId: jobs.crewId, status: jobs.status }).from(jobs).where(eq(jobs.id, jobId)).for('update');
  if (!job) throw new DomainError('not_found', 'No job has that id');
  if (job.status === 'completed' || job.status === 'cancelled') {
    throw new DomainError('conflict', `The job is already ${job.status}`);
  }
  return job;
}

/** Moves a live job to another crew; runs inside the caller's transaction. */
export async function reassignJobIn(tx: Db, jobId: string, crewId: string, actor: Actor, now: Date): Promise<void> {
  const job = await openJob(tx, jobId);
  const crew = await requireCrew(tx, crewId);
  // Back to the same crew is a no-op, unless they could not complete it and are sent again.
  if (job.crewId === crew.id && job.status !== 'not_completed') return;
  if (job.crewId && job.crewId !== crew.id) await recordRemoval(tx, job.crewId, jobId, 'reassigned', now);
  const syncSeq = await nextCrewSeq(tx, crew.id);
  await tx
    .update(jobs)
    .set({ crewId: crew.id, status: 'assigned', syncSeq, version: sql`${jobs.version} + 1`, updatedAt: now })
    .where(eq(jobs.id, jobId));
  const caseIds = await caseIdsOfJob(tx, jobId);
  // A job that could not be completed goes back out: its cases are being worked again.
  await tx.update(cases).set({ status: 'in_progress', updatedAt: now }).where(and(inArray(cases.id, caseIds), eq(cases.status, 'open')));
  for (const caseId of caseIds) {
    await appendCaseEvent(tx, { caseId, kind: 'job_assigned', actor, at: now, payload: { jobId, crewId: crew.id, crewName: crew.name, reassigned: true } });
  }
}

export async function reassignJob(db: Db, jobId: string, crewId: string, actor: Actor, now: Date): Promise<void> {
  await db.transaction((tx) => reassignJobIn(tx, jobId, crewId, actor, now));
}

/** Cancels a live job; runs inside the caller's transaction. */
export async function cancelJobIn(tx: Db, jobId: string, reason: string, actor: Actor, now: Date): Promise<void> {
  const job = await openJob(tx, jobId);
  if (job.crewId) await recordRemoval(tx, job.crewId, jobId, 'cancelled', now);
  await tx
    .update(jobs)
    .set({ status: 'cancelled', version: sql`${jobs.version} + 1`, updatedAt: now })
    .where(eq(jobs.id, jobId));
  const caseIds = await caseIdsOfJob(tx, jobId);
  for (const caseId of caseIds) {
    await appendCaseEvent(tx, { caseId, kind: 'job_cancelled', actor, at: now, payload: { jobId, reason } });
  }
  await reopenCasesWithoutLiveJob(tx, caseIds, now);
}

export async function cancelJob(db: Db, jobId: string, reason: string, actor: Actor, now: Date): Promise<void> {
  await db.transaction((tx) => cancelJobIn(tx, jobId, reason, actor, now));
}
