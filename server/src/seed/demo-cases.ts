// Writes the planned cases and jobs through the same domain code the contact centre uses, so
// references, SLA due times and timelines are real.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { CaseEventKind, CaseStatus, Channel } from '@kerbside/shared';
import { createCase } from '../cases/create-case.js';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { caseReporters, cases, completions, crews, jobCases, jobs } from '../db/schema.js';
import type { PlannedJob } from './demo-jobs.js';
import type { PlannedCase, PlannedCitizen } from './demo-plan.js';

export interface DemoStaff {
  agent: Actor;
  dispatcher: Actor;
  /** The crew member who works each crew's jobs, by crew name. */
  crewMembers: Map<string, Actor & { id: string }>;
  crewIds: Map<string, string>;
}

export interface WrittenCase {
  id: string;
  slaDueAt: Date;
}

export async function writeDemoCases(
  db: Db,
  planned: PlannedCase[],
  categoryIds: Map<string, string>,
  staff: DemoStaff,
): Promise<Map<PlannedCase, WrittenCase>> {
  const written = new Map<PlannedCase, WrittenCase>();
  const citizenIds = new Map<PlannedCitizen, string>();
  for (const plan of planned) {
    const known = plan.citizen ? citizenIds.get(plan.citizen) : undefined;
    const created = await createCase(
      db,
      {
        categoryId: categoryIds.get(plan.category.code)!,
        channel: plan.channel,
        description: plan.report.description,
        answers: plan.report.answers ?? {},
        lat: plan.lat,
        lng: plan.lng,
        address: plan.address,
        citizen: known ? { citizenId: known } : (plan.citizen ?? undefined),
        reportedAt: plan.reportedAt,
      },
      intakeActor(plan.channel, plan.citizen, staff),
      plan.reportedAt,
    );
    written.set(plan, { id: created.id, slaDueAt: created.slaDueAt });
    if (plan.citizen && !known) citizenIds.set(plan.citizen, await reporterOf(db, created.id));
  }
  return written;
}

/** Who logged a case: an agent for contact-centre channels, else the resident or the Open311 client. */
function intakeActor(channel: Channel, citizen: PlannedCitizen | null, staff: DemoStaff): Actor {
  if (channel === 'web') return { type: 'citizen', id: null, name: citizen?.name ?? 'Anonymous' };
  if (channel === 'open311') return { type: 'open311', id: null, name: 'FixMyStreet' };
  return staff.agent;
}

async function reporterOf(db: Db, caseId: string): Promise<string> {
  const [row] = await db.select({ id: caseReporters.citizenId }).from(caseReporters).where(eq(caseReporters.caseId, caseId));
  return row!.id;
}

export async function writeDemoJobs(db: Db, planned: PlannedJob[], written: Map<PlannedCase, WrittenCase>, staff: DemoStaff) {
  for (const plan of planned) {
    const crewId = staff.crewIds.get(plan.crew)!;
    const member = staff.crewMembers.get(plan.crew)!;
    const first = plan.cases[0]!;
    const caseIds = plan.cases.map((c) => written.get(c)!.id);
    const dueAt = new Date(Math.min(...plan.cases.map((c) => written.get(c)!.slaDueAt.getTime())));
    const changedAt = plan.completedAt ?? plan.startedAt ?? plan.createdAt;
    // Each job takes the crew's next sync sequence value, as a real assignment would.
    const [seq] = await db
      .update(crews)
      .set({ syncSeq: sql`${crews.syncSeq} + 1` })
      .where(eq(crews.id, crewId))
      .returning({ value: crews.syncSeq });
    const [job] = await db
      .insert(jobs)
      .values({
        crewId,
        status: plan.status,
        priority: first.category.defaultPriority,
        dueAt,
        instructions: first.category.instructions,
        accessNotes: plan.accessNotes,
        lat: first.lat,
        lng: first.lng,
        address: first.address,
        version: { assigned: 1, started: 2, completed: 3 }[plan.status],
        syncSeq: seq!.value,
        createdBy: staff.dispatcher.id,
        createdAt: plan.createdAt,
        updatedAt: changedAt,
      })
      .returning({ id: jobs.id });
    const jobId = job!.id;
    await db.insert(jobCases).values(caseIds.map((caseId) => ({ jobId, caseId })));
    if (plan.completedAt) await writeCompletion(db, plan, jobId, crewId, member.id);
    for (const caseId of caseIds) await writeCaseHistory(db, plan, caseId, jobId, staff);
  }
}

async function writeCompletion(db: Db, plan: PlannedJob, jobId: string, crewId: string, userId: string) {
  const first = plan.cases[0]!;
  await db.insert(completions).values({
    jobId,
    crewId,
    userId,
    mutationId: randomUUID(),
    outcome: 'completed',
    notes: plan.notes,
    lat: first.lat,
    lng: first.lng,
    accuracyM: 8,
    deviceAt: plan.completedAt!,
    receivedAt: plan.completedAt!,
    appliedAt: plan.completedAt!,
    state: 'applied',
  });
}

/** The job's story on one case's timeline, then the case's status to match. */
async function writeCaseHistory(db: Db, plan: PlannedJob, caseId: string, jobId: string, staff: DemoStaff) {
  const { dispatcher } = staff;
  const member = staff.crewMembers.get(plan.crew)!;
  const event = (kind: CaseEventKind, actor: Actor, at: Date, payload: Record<string, unknown>, isPublic = false) =>
    appendCaseEvent(db, { caseId, kind, actor, at, public: isPublic, payload: { jobId, ...payload } });
  const moved = (from: CaseStatus, to: CaseStatus, actor: Actor, at: Date) =>
    event('status_changed', actor, at, { from, to, summary: `Status changed to ${to.replace('_', ' ')}` }, true);

  await event('job_created', dispatcher, plan.createdAt, { summary: 'Job created' });
  await event('job_assigned', dispatcher, plan.createdAt, { crewName: plan.crew, summary: `Assigned to ${plan.crew}` });
  await moved('open', 'in_progress', dispatcher, plan.createdAt);
  if (plan.startedAt) {
    await event('job_started', member, plan.startedAt, { summary: `${plan.crew} started work` });
  }
  if (plan.completedAt) {
    await event('job_completed', member, plan.completedAt, { summary: 'Work completed', notes: plan.notes }, true);
    await moved('in_progress', 'resolved', member, plan.completedAt);
  }
  if (plan.closedAt) await moved('resolved', 'closed', dispatcher, plan.closedAt);

  const status: CaseStatus = plan.closedAt ? 'closed' : plan.completedAt ? 'resolved' : 'in_progress';
  await db
    .update(cases)
    .set({ status, resolvedAt: plan.completedAt, updatedAt: plan.closedAt ?? plan.completedAt ?? plan.startedAt ?? plan.createdAt })
    .where(eq(cases.id, caseId));
}
