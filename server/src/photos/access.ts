import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { jobCases, jobs, photos } from '../db/schema.js';

/** The original photo, if this person may see it: staff always; a crew only for its own jobs. */
export async function photoForViewer(db: Db, photoId: string, viewer: SessionUser) {
  const [photo] = await db
    .select({ id: photos.id, jobId: photos.jobId, caseId: photos.caseId, storageKey: photos.storageKey, contentType: photos.contentType })
    .from(photos)
    .where(eq(photos.id, photoId));
  if (!photo) return null;
  if (viewer.role !== 'crew') return photo;
  if (!viewer.crewId) return null;
  const crewJobs = db.select({ id: jobs.id }).from(jobs).where(eq(jobs.crewId, viewer.crewId));
  const [byJob] = photo.jobId
    ? await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.id, photo.jobId), eq(jobs.crewId, viewer.crewId)))
    : [];
  if (byJob) return photo;
  const [byCase] = photo.caseId
    ? await db
        .select({ jobId: jobCases.jobId })
        .from(jobCases)
        .where(and(eq(jobCases.caseId, photo.caseId), inArray(jobCases.jobId, crewJobs)))
        .limit(1)
    : [];
  return byCase ? photo : null;
}

