import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices } from '../db/schema.js';
import { fixedClock } from '../clock.js';
import { callerFor, testServices } from '../testing/index.js';
import { closure, dispatchFixture } from './test-support.js';

let f: Awaited<ReturnType<typeof dispatchFixture>>;
beforeAll(async () => {
  f = await dispatchFixture();
});
afterAll(() => f.database.close());

// Tuesday 1 December 2026, 10:00 in London: working time.
const at = (iso: string) => callerFor(testServices(f.db, fixedClock(new Date(iso))), f.staff.dispatcher);

async function jobFor(crewId: string) {
  const c = await f.logCase();
  return (await f.dispatcher().jobs.create({ caseIds: [c.id], crewId, priority: 'normal', dueAt: c.slaDueAt, instructions: '' })).jobId;
}

describe('dispatch.crewProgress', () => {
  it("gives each crew today's jobs by state and when its phones last synced", async () => {
    const waiting = await jobFor(f.staff.crewA.id);
    const started = await jobFor(f.staff.crewA.id);
    const done = await jobFor(f.staff.crewA.id);
    const failed = await jobFor(f.staff.crewA.id);
    const start = { id: crypto.randomUUID(), seq: 1, kind: 'job.start', args: { jobId: started, deviceAt: new Date() }, createdAt: new Date() };
    await f.crewA().sync.push({ deviceId: 'crew-a-phone-1', mutations: [start, closure(done), closure(failed, { outcome: 'not_completed' })] });

    const crews = await at('2026-12-01T10:05:00Z').dispatch.crewProgress();
    const a = crews.find((c) => c.name === 'Highways A')!;
    expect(a.counts).toEqual({ assigned: 1, started: 1, completed: 1, not_completed: 1 });
    expect(a.jobs.find((j) => j.id === waiting)).toMatchObject({ status: 'assigned', caseReferences: [expect.stringMatching(/^KS-/)] });
    // The test clock pushed at 10:00.
    expect(a.lastSyncAt).toEqual(new Date('2026-12-01T10:00:00Z'));
    expect(a.quiet).toBe(false);
    expect(a.depotName).toBe('Test depot');
  });

  it('flags a crew quiet after 30 minutes without a sync in working hours, and not at night', async () => {
    const late = await at('2026-12-01T10:31:00Z').dispatch.crewProgress();
    expect(late.find((c) => c.name === 'Highways A')!.quiet).toBe(true);
    // Crew B has never synced.
    expect(late.find((c) => c.name === 'Highways B')).toMatchObject({ lastSyncAt: null, quiet: true });
    const night = await at('2026-12-01T22:00:00Z').dispatch.crewProgress();
    expect(night.every((c) => !c.quiet)).toBe(true);
  });

  it('takes the latest sync across all of a crew’s phones', async () => {
    await f.db.insert(devices).values({ id: 'crew-a-phone-2', userId: f.staff.crewUserA.id, crewId: f.staff.crewA.id, lastSyncAt: new Date('2026-12-01T10:40:00Z') });
    const crews = await at('2026-12-01T10:45:00Z').dispatch.crewProgress();
    expect(crews.find((c) => c.name === 'Highways A')).toMatchObject({ lastSyncAt: new Date('2026-12-01T10:40:00Z'), quiet: false });
  });

  it("leaves out yesterday's finished jobs but keeps jobs still held", async () => {
    const tomorrow = await at('2026-12-02T10:00:00Z').dispatch.crewProgress();
    const a = tomorrow.find((c) => c.name === 'Highways A')!;
    expect(a.counts).toEqual({ assigned: 1, started: 1, completed: 0, not_completed: 0 });
  });
});
