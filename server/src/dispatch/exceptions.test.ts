// Conflicts and exceptions: closures pushed after a cancel or a reassignment, second visits and
// "could not complete", each shown with its evidence and settled by a manager.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { completions, jobs } from '../db/schema.js';
import { storeCrewPhoto } from '../photos/upload.js';
import { MemoryPhotoStorage } from '../photos/storage.js';
import { photoFor } from '../testing/index.js';
import { caseStatus, closure, dispatchFixture, eventsOf, testNow } from './test-support.js';

let f: Awaited<ReturnType<typeof dispatchFixture>>;
beforeAll(async () => {
  f = await dispatchFixture();
});
afterAll(() => f.database.close());

const deviceId = 'crew-a-phone-1';
const whoA = () => ({ userId: f.staff.crewUserA.id, userName: f.staff.crewUserA.name, crewId: f.staff.crewA.id });

async function jobForA() {
  const c = await f.logCase();
  const { jobId } = await f.dispatcher().jobs.create({ caseIds: [c.id], crewId: f.staff.crewA.id, priority: 'normal', dueAt: c.slaDueAt, instructions: 'Fill it' });
  await f.crewA().sync.pull({ cursor: null });
  return { caseId: c.id, reference: c.reference, jobId };
}

async function exceptionFor(jobId: string) {
  return (await f.dispatcher().dispatch.exceptions()).find((e) => e.job.id === jobId);
}

describe('dispatch.exceptions', () => {
  it("shows a closure pushed after its job was cancelled, with the crew's photos, notes, GPS and both times", async () => {
    const { jobId, reference } = await jobForA();
    await f.dispatcher().jobs.cancel({ jobId, reason: 'Contractor fixed it' });
    const photo = photoFor(jobId, 'conflict-after');
    await f.crewA().sync.push({ deviceId, mutations: [closure(jobId, { photoIds: [photo.id] })] });
    await storeCrewPhoto(f.db, new MemoryPhotoStorage(), whoA(), photo, testNow);

    const found = await exceptionFor(jobId);
    expect(found).toMatchObject({
      kind: 'cancelled',
      outcome: 'completed',
      notes: 'Filled and sealed',
      crewName: 'Highways A',
      memberName: f.staff.crewUserA.name,
      lat: 51.361,
      lng: -0.191,
      accuracyM: 6,
      deviceAt: new Date('2026-12-01T09:30:00Z'),
      photoIds: [photo.id],
      missingPhotos: 0,
      job: { status: 'cancelled' },
    });
    expect(found!.receivedAt).toBeInstanceOf(Date);
    expect(found!.cases.map((c) => c.reference)).toEqual([reference]);
    expect((await f.dispatcher().dispatch.pulse()).exceptions).toBeGreaterThan(0);
  });

  it('shows a closure of a job given to another crew, a second visit, and a job the crew could not complete', async () => {
    const moved = await jobForA();
    await f.dispatcher().jobs.reassign({ jobId: moved.jobId, crewId: f.staff.crewB.id });
    await f.crewA().sync.push({ deviceId, mutations: [closure(moved.jobId)] });
    const twice = await jobForA();
    await f.crewA().sync.push({ deviceId, mutations: [closure(twice.jobId)] });
    await f.crewA().sync.push({ deviceId: 'crew-a-phone-2', mutations: [closure(twice.jobId)] });
    const failed = await jobForA();
    await f.crewA().sync.push({ deviceId, mutations: [closure(failed.jobId, { outcome: 'not_completed' })] });

    expect((await exceptionFor(moved.jobId))?.kind).toBe('reassigned');
    expect((await exceptionFor(twice.jobId))?.kind).toBe('duplicate');
    expect(await exceptionFor(failed.jobId)).toMatchObject({ kind: 'not_completed', reason: 'no_access', notes: 'Car parked over it' });
  });
});

describe('reviewing an exception', () => {
  it('accepts a closure of a cancelled job: resolves the case, writes the timeline and marks it reviewed', async () => {
    const { jobId, caseId } = await jobForA();
    await f.dispatcher().jobs.cancel({ jobId, reason: 'Contractor fixed it' });
    await f.crewA().sync.push({ deviceId, mutations: [closure(jobId)] });
    const { completionId } = (await exceptionFor(jobId))!;

    const { resolvedCaseIds } = await f.dispatcher().dispatch.accept({ completionId });
    expect(resolvedCaseIds).toEqual([caseId]);
    expect(await caseStatus(f.db, caseId)).toBe('resolved');
    const kinds = (await eventsOf(f.db, caseId)).map((e) => e.kind);
    // The crew's closure joins the timeline, then the resolution (and whatever notice follows it).
    expect(kinds.indexOf('job_completed')).toBeGreaterThan(kinds.indexOf('job_cancelled'));
    expect(kinds.indexOf('status_changed')).toBeGreaterThan(kinds.indexOf('job_completed'));
    expect(kinds.at(-1)).toBe('note');
    const [row] = await f.db.select().from(completions).where(eq(completions.id, completionId));
    expect(row).toMatchObject({ reviewedBy: f.staff.dispatcher.id, reviewOutcome: 'accepted' });
    expect(await exceptionFor(jobId)).toBeUndefined();
    await expect(f.dispatcher().dispatch.accept({ completionId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("accepting a closure of a reassigned job takes the job off the new crew's phones", async () => {
    const { jobId, caseId } = await jobForA();
    await f.dispatcher().jobs.reassign({ jobId, crewId: f.staff.crewB.id });
    const b = await f.crewB().sync.pull({ cursor: null });
    await f.crewA().sync.push({ deviceId, mutations: [closure(jobId)] });
    await f.dispatcher().dispatch.accept({ completionId: (await exceptionFor(jobId))!.completionId });
    expect((await f.crewB().sync.pull({ cursor: b.cursor })).removals).toContain(jobId);
    expect(await caseStatus(f.db, caseId)).toBe('resolved');
  });

  it('reassigns a job the crew could not complete to another crew', async () => {
    const { jobId, caseId } = await jobForA();
    await f.crewA().sync.push({ deviceId, mutations: [closure(jobId, { outcome: 'not_completed' })] });
    const { completionId } = (await exceptionFor(jobId))!;
    await expect(f.dispatcher().dispatch.accept({ completionId })).rejects.toMatchObject({ code: 'CONFLICT' });

    const b = await f.crewB().sync.pull({ cursor: null });
    const { jobId: newJobId } = await f.dispatcher().dispatch.reassign({ completionId, crewId: f.staff.crewB.id, instructions: 'Go early, before cars arrive' });
    expect(newJobId).not.toBe(jobId);
    expect((await f.crewB().sync.pull({ cursor: b.cursor })).changes.map((j) => j.id)).toEqual([newJobId]);
    expect(await caseStatus(f.db, caseId)).toBe('in_progress');
    expect((await eventsOf(f.db, caseId)).at(-1)).toMatchObject({ kind: 'note', payload: { review: 'reassigned' } });
  });

  it('closes with no further action and a reason, cancelling any live job', async () => {
    const { jobId, caseId } = await jobForA();
    await f.dispatcher().jobs.reassign({ jobId, crewId: f.staff.crewB.id });
    await f.crewA().sync.push({ deviceId, mutations: [closure(jobId)] });
    const { completionId } = (await exceptionFor(jobId))!;
    const error = await f.dispatcher().dispatch.close({ completionId, reason: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('reason') });
    expect(await caseStatus(f.db, caseId)).toBe('in_progress');

    const { closedCaseIds } = await f.dispatcher().dispatch.close({ completionId, reason: 'Private road: not ours to repair' });
    expect(closedCaseIds).toEqual([caseId]);
    expect(await caseStatus(f.db, caseId)).toBe('closed');
    const [job] = await f.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, jobId));
    expect(job!.status).toBe('cancelled');
    const events = await eventsOf(f.db, caseId);
    expect(events.at(-2)).toMatchObject({ kind: 'status_changed', payload: { status: 'closed' } });
    expect(events.at(-1)).toMatchObject({ kind: 'note', payload: { review: 'closed', text: expect.stringContaining('Private road') } });
  });

  it('refuses crews, and answers an unknown closure with NOT_FOUND', async () => {
    await expect(f.crewA().dispatch.accept({ completionId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.dispatcher().dispatch.accept({ completionId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
