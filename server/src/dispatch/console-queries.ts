// What the dispatch console reads: every open case as a compact tuple, and a cheap version that
// tells the console whether to read them again.
import { asc, desc, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { consoleCaseStatuses, type ConsoleDataV1 } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { cases, categories, crews, jobCases, jobs } from '../db/schema.js';
import { liveJobStatuses } from '../jobs/job-writes.js';

const openStatuses = [...consoleCaseStatuses];
const isOpen = inArray(cases.status, openStatuses);

/**
 * A fingerprint of the open cases and of jobs, from plain number aggregates (text hashing cost
 * three times as much). A case arriving or leaving changes the count; any change to an open case
 * moves its updated_at forward and so the sum; jobs' latest change catches a reassignment, which
 * moves a case to another crew without touching the case.
 */
const epochMs = (column: SQLWrapper) => sql`(date_part('epoch', ${column}) * 1000)::bigint`;
const fingerprint = {
  count: sql<number>`count(*)::int`,
  sums: sql<string>`concat_ws('.', sum(${epochMs(cases.updatedAt)}), sum(${epochMs(cases.slaDueAt)}), sum((${cases.status} = 'open')::int))`,
  jobs: sql<string | null>`(select max(${jobs.updatedAt})::text from ${jobs})`,
};
const versionOf = (f: { count: number; sums: string; jobs: string | null }) => `${f.count}.${f.sums}.${f.jobs ?? '-'}`;

export async function consoleVersion(db: Db): Promise<string> {
  const [row] = await db.select(fingerprint).from(cases).where(isOpen);
  return versionOf(row!);
}

/** Position of `column`'s value in `ids`, from 0, or -1: categories and crews travel by index. */
const indexIn = (ids: string[], column: SQL | typeof cases.categoryId) =>
  sql`coalesce(array_position(${sql.param(ids)}::uuid[], ${column}) - 1, -1)`;

export async function consoleData(db: Db): Promise<ConsoleDataV1> {
  const categoryRows = await db
    .select({ id: categories.id, code: categories.code, name: categories.name, service: categories.service, defaultPriority: categories.defaultPriority })
    .from(categories)
    .orderBy(asc(categories.service), asc(categories.name));
  const crewRows = await db.select({ id: crews.id, name: crews.name, service: crews.service }).from(crews).orderBy(asc(crews.name));
  // The crew holding each case's newest live job.
  const live = db
    .selectDistinctOn([jobCases.caseId], { caseId: jobCases.caseId, crewId: jobs.crewId })
    .from(jobCases)
    .innerJoin(jobs, eq(jobs.id, jobCases.jobId))
    .where(inArray(jobs.status, [...liveJobStatuses]))
    .orderBy(jobCases.caseId, desc(jobs.createdAt))
    .as('live');
  // The database writes the 10,000 tuples as JSON text itself: it is several times quicker than
  // reading rows into objects and serialising them again, and the version comes from the same read.
  // Positions are rounded to 5 places (about a metre), enough for a map and shorter on the wire.
  // No ORDER BY: sorting inside the aggregate doubled its time; the browser sorts in a few ms.
  const tuple = sql`json_build_array(
    ${cases.id}, ${cases.reference}, round(${cases.lat} * 100000) / 100000, round(${cases.lng} * 100000) / 100000,
    ${indexIn(
      categoryRows.map((c) => c.id),
      cases.categoryId,
    )},
    case when ${cases.status} = 'open' then 0 else 1 end,
    ${epochMs(cases.slaDueAt)}, ${cases.address},
    ${indexIn(
      crewRows.map((c) => c.id),
      sql`${live.crewId}`,
    )}
  )`;
  const [row] = await db
    .select({ ...fingerprint, cases: sql<string>`coalesce(json_agg(${tuple}), '[]')::text` })
    .from(cases)
    .leftJoin(live, eq(live.caseId, cases.id))
    .where(isOpen);
  return {
    version: versionOf(row!),
    categories: categoryRows.map(({ id: _id, ...c }) => c),
    crews: crewRows,
    cases: row!.cases,
  };
}
