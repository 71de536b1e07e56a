import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createCase } from '../cases/create-case.js';
import { nextCaseReference } from '../cases/references.js';
import { systemActor } from '../cases/timeline.js';
import { createTestDatabase, seedCategory, testEngine } from '../testing/index.js';
import type { Database } from './client.js';
import { caseEvents, cases } from './schema.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe(`schema on ${testEngine}`, () => {
  it('migrates every table, and migrating again changes nothing', async () => {
    await database.migrate();
    const result = await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = (result as unknown as { rows: { table_name: string }[] }).rows.map((r) => r.table_name);
    for (const table of ['cases', 'case_events', 'case_reporters', 'citizens', 'jobs', 'job_cases', 'completions', 'photos', 'mutation_ledger', 'notices', 'users', 'crews', 'depots', 'categories', 'sessions']) {
      expect(names).toContain(table);
    }
  });

  it('gives each case its own human reference, counting up per year', async () => {
    const first = await nextCaseReference(database.db, 2031);
    const second = await nextCaseReference(database.db, 2031);
    expect(first).toBe('KS-2031-000001');
    expect(second).toBe('KS-2031-000002');
    expect(await nextCaseReference(database.db, 2032)).toBe('KS-2032-000001');
  });

  it('keeps the case timeline append-only: updates and deletes are refused', async () => {
    const category = await seedCategory(database.db, { code: 'TEST-APPEND', allowAnonymous: true });
    const { id } = await createCase(
      database.db,
      { categoryId: category.id, channel: 'web', description: 'Fly-tipped sofa', lat: 51.36, lng: -0.19, address: 'Cheam Road' },
      systemActor,
      new Date('2026-12-01T10:00:00Z'),
    );
    await expect(
      database.db.update(caseEvents).set({ actorName: 'someone else' }).where(eq(caseEvents.caseId, id)),
    ).rejects.toThrow();
    await expect(database.db.delete(caseEvents).where(eq(caseEvents.caseId, id))).rejects.toThrow();
    const events = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'contact', actorName: 'Kerbside', public: true });
  });

  it('writes a case with its SLA due time and tracking token', async () => {
    const category = await seedCategory(database.db, { code: 'TEST-SLA', slaAmount: 24, slaUnit: 'hours', allowAnonymous: true });
    const reportedAt = new Date('2026-12-01T10:00:00Z');
    const created = await createCase(
      database.db,
      { categoryId: category.id, channel: 'phone', description: 'Dead fox', lat: 51.36, lng: -0.19, address: 'Grove Road', reportedAt },
      systemActor,
      reportedAt,
    );
    const [row] = await database.db.select().from(cases).where(eq(cases.id, created.id));
    expect(row!.slaDueAt.toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(row!.trackingToken.length).toBeGreaterThanOrEqual(32);
  });
});
