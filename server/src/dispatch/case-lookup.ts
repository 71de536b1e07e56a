// Finding one case without the map: by reference or address, open or finished, and its full story.
import { asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { cases, categories, crews, jobCases, jobs } from '../db/schema.js';
import { caseSummaryColumns } from '../cases/queries.js';
import { caseTimeline } from '../cases/timeline.js';
import { DomainError } from '../errors.js';

const searchLimit = 25;

/** `%` and `_` typed by a person are letters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchCases(db: Db, q: string) {
  const pattern = `%${escapeLike(q.trim())}%`;
  return db
    .select(caseSummaryColumns)
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(or(ilike(cases.reference, pattern), ilike(cases.address, pattern)))
    // Open work first, then the newest.
    .orderBy(sql`case when ${cases.status} in ('open', 'in_progress') then 0 else 1 end`, desc(cases.reportedAt))
    .limit(searchLimit);
}

export async function caseDetail(db: Db, caseId: string) {
  const [summary] = await db
    .select({ ...caseSummaryColumns, description: cases.description })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!summary) throw new DomainError('not_found', 'No case has that id');
  const caseJobs = await db
    .select({
      id: jobs.id,
      status: jobs.status,
      priority: jobs.priority,
      dueAt: jobs.dueAt,
      instructions: jobs.instructions,
      crewId: jobs.crewId,
      crewName: crews.name,
      createdAt: jobs.createdAt,
      updatedAt: jobs.updatedAt,
    })
    .from(jobCases)
    .innerJoin(jobs, eq(jobs.id, jobCases.jobId))
    .leftJoin(crews, eq(crews.id, jobs.crewId))
    .where(eq(jobCases.caseId, caseId))
    .orderBy(asc(jobs.createdAt));
  return { ...summary, jobs: caseJobs, timeline: await caseTimeline(db, caseId) };
}
