import { and, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { CrewJobV1 } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { cases, categories, jobCases, jobs, photos } from '../db/schema.js';

/** Exactly what a crew's phone may know of a job: no citizen names, phones or e-mails. */
const crewJobColumns = {
  id: jobs.id,
  version: jobs.version,
  status: jobs.status,
  priority: jobs.priority,
  dueAt: jobs.dueAt,
  instructions: jobs.instructions,
  accessNotes: jobs.accessNotes,
  lat: jobs.lat,
  lng: jobs.lng,
  address: jobs.address,
  syncSeq: jobs.syncSeq,
};

/** The crew's current jobs changed after `afterSeq` (all of them for 0); cancelled ones are removals. */
export async function crewJobsSince(db: Db, crewId: string, afterSeq: number): Promise<CrewJobV1[]> {
  const rows = await db
    .select(crewJobColumns)
    .from(jobs)
    .where(and(eq(jobs.crewId, crewId), gt(jobs.syncSeq, afterSeq), ne(jobs.status, 'cancelled')))
    .orderBy(jobs.syncSeq);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const caseRows = await db
    .select({
      jobId: jobCases.jobId,
      reference: cases.reference,
      description: cases.description,
      service: categories.service,
      categoryName: categories.name,
    })
    .from(jobCases)
    .innerJoin(cases, eq(cases.id, jobCases.caseId))
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(inArray(jobCases.jobId, ids))
    .orderBy(cases.reference);
  const photoRows = await db
    .select({ jobId: jobCases.jobId, id: photos.id })
    .from(photos)
    .innerJoin(jobCases, eq(jobCases.caseId, photos.caseId))
    .where(and(inArray(jobCases.jobId, ids), eq(photos.kind, sql`'report'`)));

  return rows.map(({ syncSeq: _seq, ...job }) => {
    const own = caseRows.filter((c) => c.jobId === job.id);
    return {
      ...job,
      service: own[0]?.service ?? 'highways',
      categoryName: own[0]?.categoryName ?? '',
      caseReferences: own.map((c) => c.reference),
      description: own.map((c) => c.description).join('\n\n'),
      casePhotoIds: photoRows.filter((p) => p.jobId === job.id).map((p) => p.id),
    };
  });
}
