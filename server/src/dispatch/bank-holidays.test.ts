import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { bankHolidays, cases } from '../db/schema.js';
import { dispatchFixture } from './test-support.js';

let f: Awaited<ReturnType<typeof dispatchFixture>>;
beforeAll(async () => {
  f = await dispatchFixture();
  await f.db.insert(bankHolidays).values({ date: '2026-12-25', name: 'Christmas Day' });
});
afterAll(() => f.database.close());

const dueOf = async (id: string) => (await f.db.select({ due: cases.slaDueAt }).from(cases).where(eq(cases.id, id)))[0]!.due;

describe('dispatch.bankHolidays', () => {
  it('lists the holidays the SLA clock skips, in date order', async () => {
    expect(await f.dispatcher().dispatch.bankHolidays.list()).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }]);
  });

  it("adds a one-off holiday and moves the due time of open cases whose window it falls in", async () => {
    // Reported Monday 30 November: 5 working days ends Monday 7 December at 17:00.
    const c = await f.logCase();
    expect(await dueOf(c.id)).toEqual(new Date('2026-12-07T17:00:00Z'));
    const { casesMoved } = await f.dispatcher().dispatch.bankHolidays.add({ date: '2026-12-03', name: 'State funeral' });
    expect(casesMoved).toBeGreaterThanOrEqual(1);
    expect(await dueOf(c.id)).toEqual(new Date('2026-12-08T17:00:00Z'));
    expect((await f.dispatcher().dispatch.bankHolidays.list()).map((h) => h.date)).toEqual(['2026-12-03', '2026-12-25']);

    await f.dispatcher().dispatch.bankHolidays.remove({ date: '2026-12-03' });
    expect(await dueOf(c.id)).toEqual(new Date('2026-12-07T17:00:00Z'));
  });

  it('refuses a date already held, or one that is not, with CONFLICT and NOT_FOUND', async () => {
    await expect(f.dispatcher().dispatch.bankHolidays.add({ date: '2026-12-25', name: 'Again' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(f.dispatcher().dispatch.bankHolidays.remove({ date: '2026-12-24' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers a malformed date or empty name with BAD_REQUEST naming the field, and changes nothing', async () => {
    const before = await f.dispatcher().dispatch.bankHolidays.list();
    await expect(f.dispatcher().dispatch.bankHolidays.add({ date: '2026-02-30', name: 'Nope' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('date') });
    await expect(f.dispatcher().dispatch.bankHolidays.add({ date: '2026-12-31', name: ' ' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('name') });
    await expect(f.dispatcher().dispatch.bankHolidays.add({ date: '0000-01-01', name: 'Year nought' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.dispatcher().dispatch.bankHolidays.add({ date: '2030-01-02', name: 'a\u0000b' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await f.dispatcher().dispatch.bankHolidays.list()).toEqual(before);
  });

  it('lets admins change them too, but not agents or crews', async () => {
    await f.as(f.staff.admin).dispatch.bankHolidays.add({ date: '2027-06-07', name: 'Coronation' });
    for (const user of [f.staff.agent, f.staff.crewUserA]) {
      await expect(f.as(user).dispatch.bankHolidays.remove({ date: '2027-06-07' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
