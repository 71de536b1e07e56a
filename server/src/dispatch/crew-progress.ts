// Each crew's day: the jobs it holds or finished today, and when its phones last synced, so a
// manager notices a crew that has gone quiet.
import { and, asc, eq, gte, inArray, isNotNull, max, or } from 'drizzle-orm';
import { crewProgressStates, isCrewQuiet, londonParts, londonToUtc, type CrewProgressV1 } from '@kerbside/shared';
import { loadBankHolidays } from '../categories/queries.js';
import type { Db } from '../db/client.js';
import { cases, crews, depots, devices, jobCases, jobs } from '../db/schema.js';
import { liveJobStatuses } from '../jobs/job-writes.js';

export async function crewProgress(db: Db, now: Date): Promise<CrewProgressV1[]> {
  const startOfDay = londonToUtc(londonParts(now).date, '00:00');
  const crewRows = await db
    .select({ id: crews.id, name: crews.name, service: crews.service, depotName: depots.name })
    .from(crews)
    .innerJoin(depots, eq(depots.id, crews.depotId))
    .orderBy(asc(crews.name));
  const syncs = await db
    .select({ crewId: devices.crewId, lastSyncAt: max(devices.lastSyncAt) })
    .from(devices)
    .where(isNotNull(devices.crewId))
    .groupBy(devices.crewId);
  // Today's jobs: everything a crew still holds, and what it finished since midnight.
  const jobRows = await db
    .select({ id: jobs.id, crewId: jobs.crewId, status: jobs.status, priority: jobs.priority, dueAt: jobs.dueAt, address: jobs.address })
    .from(jobs)
    .where(
      and(
        isNotNull(jobs.crewId),
        or(
          inArray(jobs.status, [...liveJobStatuses]),
          and(inArray(jobs.status, ['completed', 'not_completed']), gte(jobs.updatedAt, startOfDay)),
        ),
      ),
    )
    .orderBy(asc(jobs.dueAt));
  const references = jobRows.length
    ? await db
        .select({ jobId: jobCases.jobId, reference: cases.reference })
        .from(jobCases)
        .innerJoin(cases, eq(cases.id, jobCases.caseId))
        .where(
          inArray(
            jobCases.jobId,
            jobRows.map((j) => j.id),
          ),
        )
        .orderBy(asc(cases.reference))
    : [];
  const calendar = { bankHolidays: await loadBankHolidays(db) };

  return crewRows.map((crew) => {
    const lastSyncAt = syncs.find((s) => s.crewId === crew.id)?.lastSyncAt ?? null;
    const own = jobRows.filter((j) => j.crewId === crew.id);
    const counts = Object.fromEntries(crewProgressStates.map((s) => [s, own.filter((j) => j.status === s).length])) as CrewProgressV1['counts'];
    return {
      ...crew,
      lastSyncAt,
      quiet: isCrewQuiet(lastSyncAt, now, calendar),
      counts,
      jobs: own.map(({ crewId: _crew, ...job }) => ({
        ...job,
        caseReferences: references.filter((r) => r.jobId === job.id).map((r) => r.reference),
      })),
    };
  });
}
