import { eq, sql } from 'drizzle-orm';
import type { MutationArgs, MutationKind } from '@kerbside/shared';
import { appendCaseEvent } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { jobs } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { crewActor, crewJobForUpdate, recordCompletion, type CrewMember } from '../jobs/completions.js';
import { nextCrewSeq } from '../jobs/crew-sequence.js';
import { caseIdsOfJob } from '../jobs/job-cases.js';

export type ParsedMutation = { [K in MutationKind]: { kind: K; args: MutationArgs<K> } }[MutationKind];

export type Applier = (
  db: Db,
  who: CrewMember & { deviceId: string },
  mutation: ParsedMutation & { id?: string },
  now: Date,
) => Promise<Record<string, unknown>>;

/** One device mutation, inside the caller's transaction. Throws DomainError to refuse it. */
export const applyMutation: Applier = async (db, who, mutation, now) => {
  switch (mutation.kind) {
    case 'job.start':
      return startJob(db, who, mutation.args, now);
    case 'job.note':
      return noteJob(db, who, mutation.args, now);
    case 'job.complete':
      if (!mutation.id) throw new Error('job.complete needs its mutation id');
      return recordCompletion(db, who, mutation.args, mutation.id, now);
  }
};

async function startJob(db: Db, who: CrewMember, args: MutationArgs<'job.start'>, now: Date) {
  const job = await crewJobForUpdate(db, args.jobId, who.crewId);
  if (!job.current || job.status === 'cancelled') {
    throw new DomainError('conflict', 'This job was cancelled or given to another crew. Ask the depot before starting it.');
  }
  if (job.status !== 'assigned') return { status: job.status };
  const syncSeq = await nextCrewSeq(db, who.crewId);
  await db
    .update(jobs)
    .set({ status: 'started', syncSeq, version: sql`${jobs.version} + 1`, updatedAt: now })
    .where(eq(jobs.id, job.id));
  for (const caseId of await caseIdsOfJob(db, job.id)) {
    await appendCaseEvent(db, { caseId, kind: 'job_started', actor: crewActor(who), at: now, deviceAt: args.deviceAt, public: true, payload: { jobId: job.id, summary: 'A crew is on site' } });
  }
  return { status: 'started' };
}

async function noteJob(db: Db, who: CrewMember, args: MutationArgs<'job.note'>, now: Date) {
  const job = await crewJobForUpdate(db, args.jobId, who.crewId);
  for (const caseId of await caseIdsOfJob(db, job.id)) {
    await appendCaseEvent(db, { caseId, kind: 'note', actor: crewActor(who), at: now, deviceAt: args.deviceAt, payload: { jobId: job.id, text: args.text } });
  }
  return { noted: true };
}
