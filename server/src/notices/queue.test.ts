import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { caseEvents, cases, jobs, notices } from '../db/schema.js';
import { createCase } from '../cases/create-case.js';
import { createJob } from '../jobs/dispatch.js';
import { createTestDatabase, seedCategory, seedJob, seedStaff } from '../testing/index.js';
import { reportNotFixed } from '../tracking/not-fixed.js';
import { queueClosureNotices } from './queue.js';
import { addReporter, closedCase, closure, push, type Staff } from './test-support.js';

let database: Database;
let staff: Staff;
let categoryId: string;
const deviceAt = new Date('2026-12-01T09:30:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  categoryId = (await seedCategory(database.db, { allowAnonymous: true })).id;
});
afterAll(() => database.close());

const noticesOf = (caseId: string) => database.db.select().from(notices).where(eq(notices.caseId, caseId));
const eventsOf = (caseId: string) => database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.id);

describe('closure queues notices in the completion transaction', () => {
  it('completes the job, resolves the case, writes the timeline and one notice per reporter who wants one', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const bea = await addReporter(database.db, job.caseId, { phone: '07700 900456', contactPreference: 'sms' });
    await addReporter(database.db, job.caseId, { email: 'quiet@example.com', contactPreference: 'none' });

    expect(await push(database.db, staff, closure(job.jobId, deviceAt))).toMatchObject({ status: 'applied', result: { state: 'applied' } });

    const [jobRow] = await database.db.select().from(jobs).where(eq(jobs.id, job.jobId));
    expect(jobRow!.status).toBe('completed');
    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, job.caseId));
    expect(caseRow).toMatchObject({ status: 'resolved', resolvedAt: expect.any(Date) });

    const queued = await noticesOf(job.caseId);
    expect(queued.map((n) => n.channel).sort()).toEqual(['email', 'sms']);
    expect(queued.find((n) => n.channel === 'sms')!.citizenId).toBe(bea);
    for (const notice of queued) {
      expect(notice).toMatchObject({ state: 'pending', kind: 'closure', attempts: 0 });
      expect(notice.body).toContain(job.reference);
      expect(notice.body).toContain(`{{PUBLIC_URL}}/track/${job.reference}?t=${caseRow!.trackingToken}`);
    }

    const events = await eventsOf(job.caseId);
    const completed = events.find((e) => e.kind === 'job_completed')!;
    expect(completed).toMatchObject({ actorId: staff.crewUserA.id, actorName: staff.crewUserA.name, deviceAt });
    expect(completed.at).toBeInstanceOf(Date);
    expect(events.find((e) => e.kind === 'status_changed' && e.payload.status === 'resolved')).toMatchObject({ deviceAt, public: true });
    const queuedEvents = events.filter((e) => e.kind === 'notice_queued');
    expect(queuedEvents.map((e) => e.payload.noticeId).sort()).toEqual(queued.map((n) => n.id).sort());
    expect(queuedEvents.every((e) => e.public === false)).toBe(true);
  });

  it('pushing the same closure five times still gives one of everything', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    await addReporter(database.db, job.caseId, { phone: '07700 900789', contactPreference: 'sms' });
    const mutation = closure(job.jobId, deviceAt);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await push(database.db, staff, mutation));
    expect(answers.map((a) => a.status)).toEqual(['applied', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(await noticesOf(job.caseId)).toHaveLength(2);
    const kinds = (await eventsOf(job.caseId)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'job_completed')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'status_changed')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'notice_queued')).toHaveLength(2);
  });

  it('sends no notice when the crew could not complete the work, and the case goes back to the queue', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    await push(database.db, staff, closure(job.jobId, deviceAt, { outcome: 'not_completed' }));
    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, job.caseId));
    expect(caseRow!.status).toBe('open');
    expect(await noticesOf(job.caseId)).toHaveLength(0);
    const back = (await eventsOf(job.caseId)).find((e) => e.kind === 'status_changed');
    expect(back!.payload).toMatchObject({ status: 'open', reason: 'no_access' });
  });

  it('queues nothing for a case nobody reported by name', async () => {
    const actor = { type: 'user' as const, id: staff.dispatcher.id, name: staff.dispatcher.name };
    const kase = await createCase(
      database.db,
      { categoryId, channel: 'phone', description: 'Anonymous pothole', lat: 51.37, lng: -0.2, address: '1 Cheam Road, Sutton' },
      actor,
      deviceAt,
    );
    const { jobId } = await createJob(database.db, { caseIds: [kase.id], crewId: staff.crewA.id, priority: 'normal', dueAt: kase.slaDueAt, instructions: 'Fill' }, actor, deviceAt);
    await push(database.db, staff, closure(jobId, deviceAt));
    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, kase.id));
    expect(caseRow!.status).toBe('resolved');
    expect(await noticesOf(kase.id)).toHaveLength(0);
  });

  it('queueing again for the same closure adds nothing; a closure after "not fixed" tells them again', async () => {
    const job = await closedCase(database.db, staff, categoryId);
    const now = new Date('2026-12-02T10:00:00Z');
    expect(await queueClosureNotices(database.db, [job.caseId], now)).toEqual([]);
    expect(await noticesOf(job.caseId)).toHaveLength(1);

    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, job.caseId));
    await reportNotFixed(database.db, { reference: job.reference, token: caseRow!.trackingToken, text: 'Still a hole' }, now);
    const actor = { type: 'user' as const, id: staff.dispatcher.id, name: staff.dispatcher.name };
    const { jobId } = await createJob(database.db, { caseIds: [job.caseId], crewId: staff.crewA.id, priority: 'high', dueAt: now, instructions: 'Again' }, actor, now);
    await push(database.db, staff, closure(jobId, new Date('2026-12-03T09:00:00Z')));
    const closures = await database.db.select().from(notices).where(and(eq(notices.caseId, job.caseId), eq(notices.kind, 'closure')));
    expect(closures).toHaveLength(2);
  });
});
