// The writes every way of making or ending a job shares. Each runs inside the caller's transaction.
import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Priority } from '@kerbside/shared';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { cases, crews, jobCases, jobs } from '../db/schema.js';
import { nextCrewSeq } from './crew-sequence.js';

/** Jobs a crew holds and has not finished. */
export const liveJobStatuses = ['assigned', 'started'] as const;

export interface JobFields {
  priority: Priority;
  dueAt: Date;
  instructions: string;
  accessNotes: string;
}

interface ServedCase {
  id: string;
  lat: number;
  lng: number;
  address: string;
}

/** A new job for `served` (the first case gives its location), with each case's timeline. */
export async function insertJob(tx: Db, fields: JobFields, crew: { id: string; name: string }, served: ServedCase[], actor: Actor, now: Date) {
  const first = served[0]!;
  const syncSeq = await nextCrewSeq(tx, crew.id);
  const [job] = await tx
    .insert(jobs)
    .values({ ...fields, crewId: crew.id, lat: first.lat, lng: first.lng, address: first.address, syncSeq, createdBy: actor.id, createdAt: now, updatedAt: now })
    .returning({ id: jobs.id });
  const jobId = job!.id;
  const caseIds = served.map((c) => c.id);
  await tx.insert(jobCases).values(caseIds.map((caseId) => ({ jobId, caseId })));
  await tx.update(cases).set({ status: 'in_progress', updatedAt: now }).where(inArray(cases.id, caseIds));
  for (const caseId of caseIds) {
    await appendCaseEvent(tx, { caseId, kind: 'job_created', actor, at: now, public: true, payload: { jobId, summary: 'Job raised for a crew' } });
    await appendCaseEvent(tx, { caseId, kind: 'job_assigned', actor, at: now, payload: { jobId, crewId: crew.id, crewName: crew.name } });
  }
  return jobId;
}

/** The live jobs serving any of `caseIds`. */
export async function liveJobsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({ caseId: jobCases.caseId, jobId: jobs.id, crewId: jobs.crewId, crewName: crews.name, status: jobs.status })
    .from(jobCases)
    .innerJoin(jobs, eq(jobs.id, jobCases.jobId))
    .leftJoin(crews, eq(crews.id, jobs.crewId))
    .where(and(inArray(jobCases.caseId, caseIds), inArray(jobs.status, [...liveJobStatuses])));
}

/** Cases being worked that no longer have a live job go back to the dispatcher's queue. */
export async function reopenCasesWithoutLiveJob(tx: Db, caseIds: string[], now: Date) {
  if (caseIds.length === 0) return;
  const live = tx
    .select({ one: sql`1` })
    .from(jobCases)
    .innerJoin(jobs, eq(jobs.id, jobCases.jobId))
    .where(and(eq(jobCases.caseId, cases.id), inArray(jobs.status, [...liveJobStatuses])));
  await tx
    .update(cases)
    .set({ status: 'open', updatedAt: now })
    .where(and(inArray(cases.id, caseIds), eq(cases.status, 'in_progress'), notExists(live)));
}
