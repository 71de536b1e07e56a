import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { caseEvents } from '../db/schema.js';
import { callerFor, createTestDatabase, seedCategory, seedStaff, testServices } from '../testing/index.js';
import { createCase } from './create-case.js';
import { systemActor } from './timeline.js';

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;
let caseId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  const category = await seedCategory(database.db, { allowAnonymous: true });
  const created = await createCase(
    database.db,
    { categoryId: category.id, channel: 'phone', description: 'Deep pothole', lat: 51.36, lng: -0.19, address: '1 High Street' },
    systemActor,
    new Date('2026-12-01T10:00:00Z'),
  );
  caseId = created.id;
});
afterAll(() => database.close());

const eventCount = async () => (await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId))).length;

describe('roles on case procedures', () => {
  it('lets agents and dispatchers list cases, and admin too', async () => {
    for (const user of [staff.agent, staff.dispatcher, staff.admin]) {
      const list = await callerFor(testServices(database.db), user).cases.list({ limit: 10 });
      expect(list.map((c) => c.id)).toContain(caseId);
    }
  });

  it('refuses a crew member with FORBIDDEN', async () => {
    await expect(callerFor(testServices(database.db), staff.crewUserA).cases.list({ limit: 10 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses an anonymous caller with UNAUTHORIZED', async () => {
    await expect(callerFor(testServices(database.db), null).cases.addNote({ caseId, text: 'hi' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('answers malformed input with BAD_REQUEST naming the field, and changes nothing', async () => {
    const before = await eventCount();
    const caller = callerFor(testServices(database.db), staff.agent);
    const error = await caller.cases.addNote({ caseId, text: 'x'.repeat(4001) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect((error as Error).message).toContain('text');
    await expect(caller.cases.addNote({ caseId: 'not-a-uuid', text: 'ok' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await eventCount()).toBe(before);
  });

  it('adds a note to the timeline with who wrote it', async () => {
    const caller = callerFor(testServices(database.db), staff.dispatcher);
    await caller.cases.addNote({ caseId, text: 'Crew to check the kerb too' });
    const detail = await caller.cases.get({ caseId });
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'note', actorName: staff.dispatcher.name, public: false });
    expect(detail.reference).toMatch(/^KS-2026-\d{6}$/);
  });

  it('answers an unknown case with NOT_FOUND', async () => {
    const caller = callerFor(testServices(database.db), staff.agent);
    await expect(caller.cases.get({ caseId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
