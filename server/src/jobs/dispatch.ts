// A depot manager's actions on jobs. Each writes the change, the crews' sync sequence and the
// timeline of every case the job serves, in one transaction.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Priority } from '@kerbside/shared';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { cases, crews, jobCases, jobs } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { nextCrewSeq, recordRemoval } from './crew-sequence.js';
import { caseIdsOfJob } from './job-cases.js';

export interface NewJob {
  caseIds: string[];
  crewId: string;
  priority: Priority;
  dueAt: Date;
  instructions: string;
  accessNotes?: string;
}

async function requireCrew(db: Db, crewId: string) {
  const [crew] = await db.select({ id: crews.id, name: crews.name }).from(crews).where(eq(crews.id, crewId));
  if (!crew) throw new DomainError('bad_input', 'Choose a crew from the list', { field: 'crewId' });
  return crew;
}

export async function createJob(db: Db, input: NewJob, actor: Actor, now: Date): Promise<{ jobId: string }> {
  return db.transaction(async (tx) => {
    const crew = await requireCrew(tx, input.crewId);
    const served = await tx
      .select({ id: cases.id, lat: cases.lat, lng: cases.lng, address: cases.address, status: cases.status })
      .from(cases)
      .where(inArray(cases.id, input.caseIds));
    if (served.length !== new Set(input.caseIds).size) throw new DomainError('not_found', 'One of those cases does not exist');
    if (served.some((c) => c.status === 'resolved' || c.status === 'closed')) {
      throw new DomainError('conflict', 'A resolved or closed case cannot be given a new job');
    }
    const first = served[0]!;
    const syncSeq = await nextCrewSeq(tx, crew.id);
    const [job] = await tx
      .insert(jobs)
      .values({
        crewId: crew.id,
        priority: input.priority,
        dueAt: input.dueAt,
        instructions: input.instructions,
        accessNotes: input.accessNotes ?? '',
        lat: first.lat,
        lng: first.lng,
        address: first.address,
        syncSeq,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: jobs.id });
    const jobId = job!.id;
    await tx.insert(jobCases).values(served.map((c) => ({ jobId, caseId: c.id })));
    await tx.update(cases).set({ status: 'in_progress', updatedAt: now }).where(inArray(cases.id, input.caseIds));
    for (const c of served) {
      await appendCaseEvent(tx, { caseId: c.id, kind: 'job_created', actor, at: now, public: true, payload: { jobId, summary: 'Job raised for a crew' } });
      await appendCaseEvent(tx, { caseId: c.id, kind: 'job_assigned', actor, at: now, payload: { jobId, crewId: crew.id, crewName: crew.name } });
    }
    return { jobId };
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

export async function reassignJob(db: Db, jobId: string, crewId: string, actor: Actor, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const job = await openJob(tx, jobId);
    const crew = await requireCrew(tx, crewId);
    if (job.crewId === crew.id) return;
    if (job.crewId) await recordRemoval(tx, job.crewId, jobId, 'reassigned', now);
    const syncSeq = await nextCrewSeq(tx, crew.id);
    await tx
      .update(jobs)
      .set({ crewId: crew.id, status: 'assigned', syncSeq, version: sql`${jobs.version} + 1`, updatedAt: now })
      .where(eq(jobs.id, jobId));
    for (const caseId of await caseIdsOfJob(tx, jobId)) {
      await appendCaseEvent(tx, { caseId, kind: 'job_assigned', actor, at: now, payload: { jobId, crewId: crew.id, crewName: crew.name, reassigned: true } });
    }
  });
}

export async function cancelJob(db: Db, jobId: string, reason: string, actor: Actor, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
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
    // Cases with no other live job go back to the dispatcher's queue.
    await tx
      .update(cases)
      .set({ status: 'open', updatedAt: now })
      .where(and(inArray(cases.id, caseIds), eq(cases.status, 'in_progress')));
  });
}
