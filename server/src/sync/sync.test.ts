import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { PushMutation } from '@kerbside/shared';
import type { Database } from '../db/client.js';
import { caseEvents, cases, completions, jobs, mutationLedger } from '../db/schema.js';
import { cancelJob, reassignJob } from '../jobs/dispatch.js';
import { storeCrewPhoto } from '../photos/upload.js';
import { applyMutation } from './apply.js';
import { pushMutations } from './push.js';
import { callerFor, createTestDatabase, photoFor, seedCategory, seedJob, seedStaff, testServices } from '../testing/index.js';

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;
let categoryId: string;
const now = new Date('2026-12-01T12:00:00Z');
const deviceId = 'device-test-0001';

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  categoryId = (await seedCategory(database.db)).id;
});
afterAll(() => database.close());

const services = () => testServices(database.db);
const crewA = () => callerFor(services(), staff.crewUserA);
const crewB = () => callerFor(services(), staff.crewUserB);
const who = () => ({ userId: staff.crewUserA.id, userName: staff.crewUserA.name, crewId: staff.crewA.id });
const actor = () => ({ type: 'user' as const, id: staff.dispatcher.id, name: staff.dispatcher.name });

function mutation(kind: string, args: unknown, seq = 1): PushMutation {
  return { id: randomUUID(), seq, kind, args, createdAt: now };
}

const complete = (jobId: string, photoIds: string[] = [], outcome: 'completed' | 'not_completed' = 'completed') =>
  mutation('job.complete', {
    jobId,
    outcome,
    reason: outcome === 'completed' ? null : 'no_access',
    notes: 'Filled and sealed',
    photoIds,
    lat: 51.36,
    lng: -0.19,
    accuracyM: 8,
    deviceAt: now,
  });

describe('pull', () => {
  it("returns only the crew's own jobs, without the citizen's contact details", async () => {
    const mine = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const theirs = await seedJob(database.db, categoryId, staff.crewB.id, staff.dispatcher);
    const pulled = await crewA().sync.pull({ cursor: null });
    expect(pulled.reset).toBe(true);
    const ids = pulled.changes.map((j) => j.id);
    expect(ids).toContain(mine.jobId);
    expect(ids).not.toContain(theirs.jobId);
    const text = JSON.stringify(pulled);
    expect(text).not.toMatch(/Ada Citizen|07700|@example\.com/);
    expect(pulled.changes.find((j) => j.id === mine.jobId)).toMatchObject({ caseReferences: [mine.reference], status: 'assigned' });
  });

  it('returns nothing when nothing changed, and only the change when one job changes', async () => {
    const first = await crewA().sync.pull({ cursor: null });
    const again = await crewA().sync.pull({ cursor: first.cursor });
    expect(again).toEqual({ changes: [], removals: [], cursor: first.cursor, reset: false });
    const added = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const delta = await crewA().sync.pull({ cursor: first.cursor });
    expect(delta.changes.map((j) => j.id)).toEqual([added.jobId]);
    expect(delta.reset).toBe(false);
  });

  it('moves a reassigned job from one crew to the other, and drops a cancelled one', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const a = await crewA().sync.pull({ cursor: null });
    const b = await crewB().sync.pull({ cursor: null });
    await reassignJob(database.db, job.jobId, staff.crewB.id, actor(), now);
    const aAfter = await crewA().sync.pull({ cursor: a.cursor });
    const bAfter = await crewB().sync.pull({ cursor: b.cursor });
    expect(aAfter.removals).toEqual([job.jobId]);
    expect(bAfter.changes.map((j) => j.id)).toEqual([job.jobId]);

    await cancelJob(database.db, job.jobId, 'Duplicate of another job', actor(), now);
    const bCancelled = await crewB().sync.pull({ cursor: bAfter.cursor });
    expect(bCancelled.removals).toEqual([job.jobId]);
    expect(bCancelled.changes).toEqual([]);
  });

  it('answers an unknown, foreign or future cursor with a full reset, never an error', async () => {
    const b = await crewB().sync.pull({ cursor: null });
    for (const cursor of ['garbage', b.cursor, `v1.${staff.crewA.id}.999999`]) {
      const pulled = await crewA().sync.pull({ cursor });
      expect(pulled.reset).toBe(true);
    }
  });

  it('refuses staff who are not crew, and anonymous callers', async () => {
    await expect(callerFor(services(), staff.dispatcher).sync.pull({ cursor: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callerFor(services(), null).sync.pull({ cursor: null })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('push', () => {
  it('applies a closure exactly once however many times it is pushed', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const closure = complete(job.jobId);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await crewA().sync.push({ deviceId, mutations: [closure] })).results[0]);
    expect(answers[0]).toMatchObject({ status: 'applied', result: { state: 'applied' } });
    for (const later of answers.slice(1)) expect(later).toEqual({ ...answers[0], status: 'duplicate' });
    expect(await database.db.select().from(completions).where(eq(completions.jobId, job.jobId))).toHaveLength(1);
    const [row] = await database.db.select().from(jobs).where(eq(jobs.id, job.jobId));
    expect(row!.status).toBe('completed');
    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, job.caseId));
    expect(caseRow!.status).toBe('resolved');
    const events = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, job.caseId));
    expect(events.filter((e) => e.kind === 'job_completed')).toHaveLength(1);
  });

  it('answers each item on its own: a bad one is refused with a reason, the rest apply', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const good = mutation('job.start', { jobId: job.jobId, deviceAt: now }, 1);
    const bad = mutation('job.note', { jobId: job.jobId, text: '', deviceAt: now }, 2);
    const unknown = mutation('job.explode', {}, 3);
    const { results } = await crewA().sync.push({ deviceId, mutations: [good, bad, unknown] });
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected']);
    expect(results[1]).toMatchObject({ code: 'bad_input', reason: expect.stringContaining('text') });
    // A rejection is recorded: pushing it again gives the same answer and is not retried forever.
    const again = await crewA().sync.push({ deviceId, mutations: [bad] });
    expect(again.results[0]).toEqual(results[1]);
  });

  it("refuses a change to another crew's job", async () => {
    const theirs = await seedJob(database.db, categoryId, staff.crewB.id, staff.dispatcher);
    const { results } = await crewA().sync.push({ deviceId, mutations: [complete(theirs.jobId)] });
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await database.db.select().from(completions).where(eq(completions.jobId, theirs.jobId))).toHaveLength(0);
  });

  it('keeps a closure waiting for its photos, then applies it when the last one arrives', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const before = photoFor(job.jobId, 'before-1', 'before');
    const after = photoFor(job.jobId, 'after-1');
    const pushed = await crewA().sync.push({ deviceId, mutations: [complete(job.jobId, [before.id, after.id])] });
    expect(pushed.results[0]).toMatchObject({ status: 'applied', result: { state: 'awaiting_photos', missingPhotos: 2 } });
    const storage = services().photoStorage;
    expect(await storeCrewPhoto(database.db, storage, who(), before, now)).toEqual({ status: 'stored', appliedCompletions: 0 });
    expect(await storeCrewPhoto(database.db, storage, who(), after, now)).toEqual({ status: 'stored', appliedCompletions: 1 });
    expect(await storeCrewPhoto(database.db, storage, who(), after, now)).toEqual({ status: 'duplicate', appliedCompletions: 0 });
    const [row] = await database.db.select().from(completions).where(eq(completions.jobId, job.jobId));
    expect(row!.state).toBe('applied');
  });

  it('keeps a closure of a job cancelled meanwhile as a conflict, without resolving the case', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    await cancelJob(database.db, job.jobId, 'Council contractor already fixed it', actor(), now);
    const { results } = await crewA().sync.push({ deviceId, mutations: [complete(job.jobId)] });
    expect(results[0]).toMatchObject({ status: 'applied', result: { state: 'conflict' } });
    const [row] = await database.db.select().from(completions).where(eq(completions.jobId, job.jobId));
    expect(row).toMatchObject({ state: 'conflict', notes: 'Filled and sealed' });
    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, job.caseId));
    expect(caseRow!.status).not.toBe('resolved');
  });

  it('keeps a second completion of a completed job as a duplicate visit, applied no second time', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    await crewA().sync.push({ deviceId, mutations: [complete(job.jobId)] });
    const second = await crewA().sync.push({ deviceId: 'another-phone-01', mutations: [complete(job.jobId)] });
    expect(second.results[0]).toMatchObject({ status: 'applied', result: { state: 'duplicate' } });
    const events = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, job.caseId));
    expect(events.filter((e) => e.kind === 'job_completed')).toHaveLength(1);
  });

  it('records every applied mutation in the ledger', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const m = mutation('job.start', { jobId: job.jobId, deviceAt: now });
    await crewA().sync.push({ deviceId, mutations: [m] });
    const [entry] = await database.db.select().from(mutationLedger).where(eq(mutationLedger.id, m.id));
    expect(entry).toMatchObject({ deviceId, kind: 'job.start', userId: staff.crewUserA.id });
  });
});

describe('photo upload', () => {
  it('refuses damaged bytes, files that are not images, and another crew', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const storage = services().photoStorage;
    const photo = photoFor(job.jobId, 'x');
    await expect(storeCrewPhoto(database.db, storage, who(), { ...photo, sha256: '0'.repeat(64) }, now)).rejects.toMatchObject({ code: 'damaged_upload' });
    const text = new TextEncoder().encode('<script>alert(1)</script> not a photo');
    await expect(storeCrewPhoto(database.db, storage, who(), { ...photo, bytes: text }, now)).rejects.toMatchObject({ code: 'unsupported_type' });
    const other = { userId: staff.crewUserB.id, userName: 'B', crewId: staff.crewB.id };
    await expect(storeCrewPhoto(database.db, storage, other, photo, now)).rejects.toMatchObject({ code: 'forbidden' });
    await storeCrewPhoto(database.db, storage, who(), photo, now);
    const changed = photoFor(job.jobId, 'different');
    await expect(storeCrewPhoto(database.db, storage, who(), { ...changed, id: photo.id }, now)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('push order', () => {
  it('applies nothing after an item that must be retried, so changes land in seq order', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    let calls = 0;
    const flaky: typeof applyMutation = async (db, who, m, at) => {
      if (++calls === 1) throw new Error('database went away');
      return applyMutation(db, who, m, at);
    };
    const first = mutation('job.start', { jobId: job.jobId, deviceAt: now }, 1);
    const second = mutation('job.note', { jobId: job.jobId, text: 'after the start', deviceAt: now }, 2);
    const results = await pushMutations(database.db, { ...who(), deviceId }, [second, first], now, flaky);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      [first.id, 'retry'],
      [second.id, 'retry'],
    ]);
    expect(calls).toBe(1);
    expect(await database.db.select().from(mutationLedger).where(eq(mutationLedger.id, second.id))).toHaveLength(0);
  });
});

describe('photo ids of another crew', () => {
  it("answers forbidden for another crew's photo id, whatever the bytes", async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const storage = services().photoStorage;
    const photo = photoFor(job.jobId, 'mine');
    await storeCrewPhoto(database.db, storage, who(), photo, now);
    const other = { userId: staff.crewUserB.id, userName: 'B', crewId: staff.crewB.id };
    await expect(storeCrewPhoto(database.db, storage, other, photo, now)).rejects.toMatchObject({ code: 'forbidden' });
    const different = photoFor(job.jobId, 'theirs');
    await expect(storeCrewPhoto(database.db, storage, other, { ...different, id: photo.id }, now)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('push under another session', () => {
  it("refuses work marked as someone else's, and applies nothing", async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const m = mutation('job.start', { jobId: job.jobId, deviceAt: now });
    await expect(crewA().sync.push({ deviceId, userId: staff.crewUserB.id, mutations: [m] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await database.db.select().from(mutationLedger).where(eq(mutationLedger.id, m.id))).toHaveLength(0);
    const ok = await crewA().sync.push({ deviceId, userId: staff.crewUserA.id, mutations: [m] });
    expect(ok.results[0]).toMatchObject({ status: 'applied' });
  });
});
