import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCaseStatuses, parseConsoleCases, slaState } from '@kerbside/shared';
import { dispatchFixture, testNow } from './test-support.js';

let f: Awaited<ReturnType<typeof dispatchFixture>>;
let openCase: Awaited<ReturnType<typeof f.logCase>>;
let workedCase: Awaited<ReturnType<typeof f.logCase>>;
let doneCase: Awaited<ReturnType<typeof f.logCase>>;
let oldCase: Awaited<ReturnType<typeof f.logCase>>;

beforeAll(async () => {
  f = await dispatchFixture();
  openCase = await f.logCase(f.bins.id);
  workedCase = await f.logCase();
  doneCase = await f.logCase();
  // Reported three weeks ago: five working days have long passed.
  oldCase = await f.logCase(f.pothole.id, new Date('2026-11-09T09:00:00Z'));
  await f.dispatcher().jobs.create({ caseIds: [workedCase.id], crewId: f.staff.crewA.id, priority: 'normal', dueAt: workedCase.slaDueAt, instructions: '' });
  const { jobId } = await f.dispatcher().jobs.create({ caseIds: [doneCase.id], crewId: f.staff.crewA.id, priority: 'normal', dueAt: doneCase.slaDueAt, instructions: '' });
  await f.dispatcher().jobs.cancel({ jobId, reason: 'Test' });
  await f.db.execute(`update cases set status = 'resolved' where id = '${doneCase.id}'`);
});
afterAll(() => f.database.close());

describe('dispatch.console', () => {
  it('lists open and in-progress cases only, as compact tuples', async () => {
    const data = await f.dispatcher().dispatch.console();
    const ids = parseConsoleCases(data).map((c) => c[0]);
    expect(ids).toContain(openCase.id);
    expect(ids).toContain(workedCase.id);
    expect(ids).not.toContain(doneCase.id);
    expect(ids).toContain(oldCase.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names category, status and the crew holding the job by index', async () => {
    const data = await f.dispatcher().dispatch.console();
    const worked = parseConsoleCases(data).find((c) => c[0] === workedCase.id)!;
    const [, reference, , , category, status, due, address, crew] = worked;
    expect(reference).toBe(workedCase.reference);
    expect(data.categories[category]).toEqual({ code: 'HW-POTHOLE', name: 'Pothole', service: 'highways', defaultPriority: 'normal' });
    expect(consoleCaseStatuses[status]).toBe('in_progress');
    expect(due).toBe(workedCase.slaDueAt.getTime());
    expect(address).toMatch(/Cheam Road/);
    expect(data.crews[crew]?.name).toBe('Highways A');
    const open = parseConsoleCases(data).find((c) => c[0] === openCase.id)!;
    expect(open[8]).toBe(-1);
    expect(data.categories[open[4]]?.service).toBe('waste');
  });

  it('carries due times the SLA clock reads as overdue, due soon or on time', async () => {
    const data = await f.dispatcher().dispatch.console();
    const stateOf = (id: string) => slaState(new Date(parseConsoleCases(data).find((c) => c[0] === id)![6]), testNow);
    expect(stateOf(oldCase.id)).toBe('overdue');
    expect(stateOf(openCase.id)).toBe('on_time');
  });

  it("changes the pulse's version when a case changes, and not otherwise", async () => {
    const before = await f.dispatcher().dispatch.pulse();
    expect(await f.dispatcher().dispatch.pulse()).toEqual(before);
    await f.logCase();
    const after = await f.dispatcher().dispatch.pulse();
    expect(after.version).not.toBe(before.version);
    expect(after.exceptions).toBe(0);
  });
});

describe('dispatch.search and dispatch.case', () => {
  it('finds a case by part of its reference or its address, finished cases too', async () => {
    const byRef = await f.dispatcher().dispatch.search({ q: doneCase.reference.slice(-6) });
    expect(byRef.map((c) => c.id)).toEqual([doneCase.id]);
    const byAddress = await f.dispatcher().dispatch.search({ q: 'cheam road' });
    expect(byAddress.length).toBeGreaterThanOrEqual(4);
    expect(await f.dispatcher().dispatch.search({ q: '100%' })).toEqual([]);
  });

  it("gives a case's jobs, with their crews, and its timeline", async () => {
    const detail = await f.dispatcher().dispatch.case({ caseId: workedCase.id });
    expect(detail.jobs).toHaveLength(1);
    expect(detail.jobs[0]).toMatchObject({ status: 'assigned', crewName: 'Highways A' });
    expect(detail.timeline.map((e) => e.kind)).toEqual(['contact', 'job_created', 'job_assigned']);
  });

  it('answers a short search with BAD_REQUEST naming the field', async () => {
    await expect(f.dispatcher().dispatch.search({ q: 'a' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('q') });
  });
});

describe('who may use the console', () => {
  it('refuses crews and agents with FORBIDDEN and strangers with UNAUTHORIZED; admins may', async () => {
    for (const user of [f.staff.crewUserA, f.staff.agent]) {
      await expect(f.as(user).dispatch.console()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(f.as(user).dispatch.exceptions()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(f.as(user).jobs.assignMany({ caseIds: [openCase.id], crewId: f.staff.crewA.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(f.as(null).dispatch.crewProgress()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await f.as(f.staff.admin).dispatch.console()).cases.length).toBeGreaterThan(0);
  });
});
