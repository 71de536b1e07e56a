// Closures a manager must look at: those that arrived for a job cancelled or given to another
// crew, second visits, and jobs the crew could not complete. Each comes with the crew's evidence.
import { and, asc, count, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ExceptionKind, ExceptionV1 } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { cases, categories, completions, crews, jobCases, jobs, photos, users } from '../db/schema.js';

/** Not yet reviewed, and either kept as evidence or an applied "could not complete". */
export const awaitingReview: SQL = and(
  isNull(completions.reviewedAt),
  or(inArray(completions.state, ['conflict', 'duplicate']), and(eq(completions.state, 'applied'), eq(completions.outcome, 'not_completed'))),
)!;

export async function countExceptions(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(completions).where(awaitingReview);
  return row?.n ?? 0;
}

export function exceptionKindOf(c: { state: string; crewId: string }, job: { crewId: string | null }): ExceptionKind {
  if (c.state === 'duplicate') return 'duplicate';
  // A conflict is decided when it arrives: the job had left this crew, or was cancelled under it.
  if (c.state === 'conflict') return job.crewId !== c.crewId ? 'reassigned' : 'cancelled';
  return 'not_completed';
}

export async function listExceptions(db: Db): Promise<ExceptionV1[]> {
  const jobCrew = alias(crews, 'job_crew');
  const rows = await db
    .select({
      completionId: completions.id,
      state: completions.state,
      crewId: completions.crewId,
      conflictReason: completions.conflictReason,
      outcome: completions.outcome,
      reason: completions.reason,
      notes: completions.notes,
      crewName: crews.name,
      memberName: users.name,
      lat: completions.lat,
      lng: completions.lng,
      accuracyM: completions.accuracyM,
      deviceAt: completions.deviceAt,
      receivedAt: completions.receivedAt,
      photoIds: completions.photoIds,
      jobId: jobs.id,
      jobStatus: jobs.status,
      jobCrewId: jobs.crewId,
      jobCrewName: jobCrew.name,
      instructions: jobs.instructions,
    })
    .from(completions)
    .innerJoin(crews, eq(crews.id, completions.crewId))
    .innerJoin(users, eq(users.id, completions.userId))
    .innerJoin(jobs, eq(jobs.id, completions.jobId))
    .leftJoin(jobCrew, eq(jobCrew.id, jobs.crewId))
    .where(awaitingReview)
    .orderBy(asc(completions.receivedAt));
  if (rows.length === 0) return [];

  const jobIds = [...new Set(rows.map((r) => r.jobId))];
  const caseRows = await db
    .select({ jobId: jobCases.jobId, id: cases.id, reference: cases.reference, address: cases.address, status: cases.status, categoryName: categories.name })
    .from(jobCases)
    .innerJoin(cases, eq(cases.id, jobCases.caseId))
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(inArray(jobCases.jobId, jobIds))
    .orderBy(asc(cases.reference));
  const named = rows.flatMap((r) => r.photoIds);
  const arrived = new Set(
    named.length ? (await db.select({ id: photos.id }).from(photos).where(inArray(photos.id, named))).map((p) => p.id) : [],
  );

  return rows.map((r) => ({
    completionId: r.completionId,
    kind: exceptionKindOf(r, { crewId: r.jobCrewId }),
    conflictReason: r.conflictReason,
    outcome: r.outcome,
    reason: r.reason,
    notes: r.notes,
    crewName: r.crewName,
    memberName: r.memberName,
    lat: r.lat,
    lng: r.lng,
    accuracyM: r.accuracyM,
    deviceAt: r.deviceAt,
    receivedAt: r.receivedAt,
    photoIds: r.photoIds.filter((id) => arrived.has(id)),
    missingPhotos: r.photoIds.filter((id) => !arrived.has(id)).length,
    job: { id: r.jobId, status: r.jobStatus, crewName: r.jobCrewName, instructions: r.instructions },
    cases: caseRows.filter((c) => c.jobId === r.jobId).map(({ jobId: _job, ...c }) => c),
  }));
}
