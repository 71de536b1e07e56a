// The manager's job actions, seen from both ends: the case timeline and the crews' next pull.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { jobCases, jobs } from '../db/schema.js';
import { caseStatus, dispatchFixture, eventsOf } from './test-support.js';

let f: Awaited<ReturnType<typeof dispatchFixture>>;
beforeAll(async () => {
  f = await dispatchFixture();
});
afterAll(() => f.database.close());

const jobCount = async () => (await f.db.select({ n: count() }).from(jobs))[0]!.n;

describe('jobs.create', () => {
  it('makes one job for several nearby cases of the same problem, on every case timeline', async () => {
    const one = await f.logCase();
    const two = await f.logCase();
    const dueAt = new Date(Math.min(one.slaDueAt.getTime(), two.slaDueAt.getTime()));
    const { jobId } = await f.dispatcher().jobs.create({ caseIds: [one.id, two.id], crewId: f.staff.crewA.id, priority: 'high', dueAt, instructions: 'Both sides of the road' });
    const served = await f.db.select({ caseId: jobCases.caseId }).from(jobCases).where(eq(jobCases.jobId, jobId));
    expect(served.map((s) => s.caseId).sort()).toEqual([one.id, two.id].sort());
    for (const c of [one, two]) {
      expect(await caseStatus(f.db, c.id)).toBe('in_progress');
      expect((await eventsOf(f.db, c.id)).map((e) => e.kind)).toEqual(['contact', 'job_created', 'job_assigned']);
    }
    const pulled = await f.crewA().sync.pull({ cursor: null });
    expect(pulled.changes.find((j) => j.id === jobId)).toMatchObject({ priority: 'high', caseReferences: [one.reference, two.reference].sort() });
  });

  it('refuses cases of different categories, and a case a crew already holds, changing nothing', async () => {
    const pothole = await f.logCase();
    const bin = await f.logCase(f.bins.id);
    const before = await jobCount();
    const base = { crewId: f.staff.crewA.id, priority: 'normal' as const, dueAt: pothole.slaDueAt, instructions: '' };
    await expect(f.dispatcher().jobs.create({ ...base, caseIds: [pothole.id, bin.id] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('same category') });
    await f.dispatcher().jobs.create({ ...base, caseIds: [pothole.id] });
    await expect(f.dispatcher().jobs.create({ ...base, caseIds: [pothole.id] })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Highways A') });
    expect(await jobCount()).toBe(before + 1);
    expect(await caseStatus(f.db, bin.id)).toBe('open');
  });

  it('answers bad input with BAD_REQUEST naming the field, and changes nothing', async () => {
    const c = await f.logCase();
    const before = await jobCount();
    const error = await f
      .dispatcher()
      .jobs.create({ caseIds: [c.id], crewId: 'not-a-crew', priority: 'normal', dueAt: c.slaDueAt, instructions: '' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('crewId') });
    await expect(f.dispatcher().jobs.assignMany({ caseIds: [], crewId: f.staff.crewA.id })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('caseIds') });
    await expect(f.dispatcher().jobs.cancel({ jobId: c.id, reason: ' ' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('reason') });
    expect(await jobCount()).toBe(before);
    expect(await caseStatus(f.db, c.id)).toBe('open');
  });

  it('refuses what the database could not store (a NUL in text, a due date in year 275,000) as BAD_REQUEST', async () => {
    const c = await f.logCase();
    const before = await jobCount();
    const base = { caseIds: [c.id], crewId: f.staff.crewA.id, priority: 'normal' as const, dueAt: c.slaDueAt, instructions: '' };
    await expect(f.dispatcher().jobs.create({ ...base, instructions: 'a\u0000b' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('instructions') });
    await expect(f.dispatcher().jobs.create({ ...base, dueAt: new Date(8.6e15) })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('dueAt') });
    await expect(f.dispatcher().jobs.assignMany({ caseIds: [c.id], crewId: f.staff.crewA.id, instructions: '\u0000' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.dispatcher().dispatch.search({ q: 'ab\u0000' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await jobCount()).toBe(before);
  });
});

describe('jobs.assignMany', () => {
  it("gives each selected case its own job for one crew, due when the case is due, at its category's priority", async () => {
    const cases = [await f.logCase(), await f.logCase(f.bins.id), await f.logCase()];
    const { jobs: created } = await f.dispatcher().jobs.assignMany({ caseIds: cases.map((c) => c.id), crewId: f.staff.crewB.id });
    expect(created.map((j) => j.caseId)).toEqual(cases.map((c) => c.id));
    const pulled = await f.crewB().sync.pull({ cursor: null });
    for (const [i, c] of cases.entries()) {
      const job = pulled.changes.find((j) => j.id === created[i]!.jobId)!;
      expect(job).toMatchObject({ caseReferences: [c.reference], dueAt: c.slaDueAt, priority: i === 1 ? 'high' : 'normal' });
      expect(await caseStatus(f.db, c.id)).toBe('in_progress');
    }
  });

  it('assigns none when one of the cases cannot be assigned', async () => {
    const free = await f.logCase();
    const taken = await f.logCase();
    await f.dispatcher().jobs.assignMany({ caseIds: [taken.id], crewId: f.staff.crewA.id });
    const before = await jobCount();
    await expect(f.dispatcher().jobs.assignMany({ caseIds: [free.id, taken.id], crewId: f.staff.crewA.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await jobCount()).toBe(before);
    expect(await caseStatus(f.db, free.id)).toBe('open');
  });
});

describe('jobs.reassign and jobs.cancel', () => {
  it("moves a job off the old crew's phones and onto the new crew's at their next pull", async () => {
    const c = await f.logCase();
    const { jobId } = await f.dispatcher().jobs.create({ caseIds: [c.id], crewId: f.staff.crewA.id, priority: 'normal', dueAt: c.slaDueAt, instructions: '' });
    const a = await f.crewA().sync.pull({ cursor: null });
    const b = await f.crewB().sync.pull({ cursor: null });
    expect(a.changes.map((j) => j.id)).toContain(jobId);
    expect(b.changes.map((j) => j.id)).not.toContain(jobId);

    await f.dispatcher().jobs.reassign({ jobId, crewId: f.staff.crewB.id });
    const aAfter = await f.crewA().sync.pull({ cursor: a.cursor });
    const bAfter = await f.crewB().sync.pull({ cursor: b.cursor });
    expect(aAfter.removals).toEqual([jobId]);
    expect(bAfter.changes.map((j) => j.id)).toEqual([jobId]);
    const events = await eventsOf(f.db, c.id);
    expect(events.at(-1)).toMatchObject({ kind: 'job_assigned', actorName: f.staff.dispatcher.name, payload: { crewName: 'Highways B', reassigned: true } });
  });

  it("cancels with a reason on the timeline, drops it from the crew's phones and puts the case back in the queue", async () => {
    const c = await f.logCase();
    const { jobId } = await f.dispatcher().jobs.create({ caseIds: [c.id], crewId: f.staff.crewB.id, priority: 'normal', dueAt: c.slaDueAt, instructions: '' });
    const b = await f.crewB().sync.pull({ cursor: null });
    await f.dispatcher().jobs.cancel({ jobId, reason: 'Utility company will fix it' });
    expect((await f.crewB().sync.pull({ cursor: b.cursor })).removals).toEqual([jobId]);
    expect(await caseStatus(f.db, c.id)).toBe('open');
    expect((await eventsOf(f.db, c.id)).at(-1)).toMatchObject({ kind: 'job_cancelled', payload: { reason: 'Utility company will fix it' } });
    await expect(f.dispatcher().jobs.cancel({ jobId, reason: 'Again' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps a case in progress when it still has another live job', async () => {
    const one = await f.logCase();
    const { jobId } = await f.dispatcher().jobs.create({ caseIds: [one.id], crewId: f.staff.crewA.id, priority: 'normal', dueAt: one.slaDueAt, instructions: '' });
    // A second job for the same case can only come from a review; simulate it directly.
    const [second] = await f.db.insert(jobs).values({ crewId: f.staff.crewB.id, priority: 'normal', dueAt: one.slaDueAt, lat: 0, lng: 0, address: 'x' }).returning();
    await f.db.insert(jobCases).values({ jobId: second!.id, caseId: one.id });
    await f.dispatcher().jobs.cancel({ jobId, reason: 'Sent B instead' });
    expect(await caseStatus(f.db, one.id)).toBe('in_progress');
  });
});
