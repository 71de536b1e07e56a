import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jobCases } from '../db/schema.js';

export async function caseIdsOfJob(db: Db, jobId: string): Promise<string[]> {
  const rows = await db.select({ caseId: jobCases.caseId }).from(jobCases).where(eq(jobCases.jobId, jobId));
  return rows.map((r) => r.caseId);
}
