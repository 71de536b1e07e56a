import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { asc, count, eq, sql } from 'drizzle-orm';
import { roles } from '@kerbside/shared';
import { verifyPassword } from '../auth/password.js';
import type { Database, Db } from '../db/client.js';
import * as schema from '../db/schema.js';
import { createTestDatabase } from '../testing/db.js';
import { demoRepeatCitizen, demoSignIns, seedDemoData } from './demo.js';
import { suttonBounds } from './demo-places.js';

const { caseReporters, cases, categories, citizens, crews, depots, jobCases, jobs, users } = schema;
const now = new Date('2026-03-10T12:00:00Z');
const seedTimeout = 120_000;

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  expect(await seedDemoData(database.db, { now })).toEqual({ created: true });
}, seedTimeout);
afterAll(() => database?.close());

async function counts(db: Db) {
  const rows = async (table: typeof depots | typeof crews | typeof categories | typeof cases | typeof users | typeof jobs) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    depots: await rows(depots),
    crews: await rows(crews),
    categories: await rows(categories),
    cases: await rows(cases),
    users: await rows(users),
    jobs: await rows(jobs),
  };
}

const caseFacts = (db: Db) =>
  db
    .select({ reference: cases.reference, address: cases.address, category: categories.code, status: cases.status })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .orderBy(asc(cases.reference));

describe('seedDemoData', () => {
  it('seeds the borough: 2 depots, 4 crews, 10 categories, 200 cases', async () => {
    expect(await counts(database.db)).toMatchObject({ depots: 2, crews: 4, categories: 10, cases: 200 });
  });

  it('creates at least one user per role, each able to sign in with the printed password', async () => {
    const rows = await database.db.select({ email: users.email, role: users.role, hash: users.passwordHash }).from(users);
    for (const role of roles) expect(rows.some((u) => u.role === role)).toBe(true);
    const signIn = demoSignIns[0]!;
    const row = rows.find((u) => u.email === signIn.email)!;
    expect(await verifyPassword(signIn.password, row.hash)).toBe(true);
  });

  it('gives every crew at least five assigned jobs, each on the crew’s sync sequence', async () => {
    const perCrew = await database.db
      .select({ crew: crews.name, assigned: count(), topSeq: sql<number>`max(${jobs.syncSeq})`, crewSeq: crews.syncSeq })
      .from(jobs)
      .innerJoin(crews, eq(crews.id, jobs.crewId))
      .where(eq(jobs.status, 'assigned'))
      .groupBy(crews.name, crews.syncSeq);
    expect(perCrew).toHaveLength(4);
    for (const crew of perCrew) {
      expect(crew.assigned).toBeGreaterThanOrEqual(5);
      expect(Number(crew.topSeq)).toBeLessThanOrEqual(crew.crewSeq);
    }
  });

  it('links every job to cases of its crew’s service, and resolves the cases of completed jobs', async () => {
    const rows = await database.db
      .select({ jobStatus: jobs.status, caseStatus: cases.status, resolvedAt: cases.resolvedAt, crewService: crews.service, service: categories.service })
      .from(jobCases)
      .innerJoin(jobs, eq(jobs.id, jobCases.jobId))
      .innerJoin(crews, eq(crews.id, jobs.crewId))
      .innerJoin(cases, eq(cases.id, jobCases.caseId))
      .innerJoin(categories, eq(categories.id, cases.categoryId));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.crewService).toBe(row.service);
      const done = row.jobStatus === 'completed';
      expect(done ? ['resolved', 'closed'] : ['in_progress']).toContain(row.caseStatus);
      expect(row.resolvedAt !== null).toBe(done);
    }
  });

  it('gives the repeat citizen exactly three cases', async () => {
    const rows = await database.db
      .select({ name: citizens.name, caseId: caseReporters.caseId })
      .from(citizens)
      .innerJoin(caseReporters, eq(caseReporters.citizenId, citizens.id))
      .where(eq(citizens.phone, demoRepeatCitizen.phone));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set([demoRepeatCitizen.name]));
  });

  it('puts every case inside the borough', async () => {
    const rows = await database.db.select({ lat: cases.lat, lng: cases.lng }).from(cases);
    for (const { lat, lng } of rows) {
      expect(lat).toBeGreaterThan(suttonBounds.south);
      expect(lat).toBeLessThan(suttonBounds.north);
      expect(lng).toBeGreaterThan(suttonBounds.west);
      expect(lng).toBeLessThan(suttonBounds.east);
    }
  });

  it('reports every case in the 30 days before now', async () => {
    const rows = await database.db.select({ reportedAt: cases.reportedAt }).from(cases);
    for (const { reportedAt } of rows) {
      expect(reportedAt.getTime()).toBeLessThan(now.getTime());
      expect(now.getTime() - reportedAt.getTime()).toBeLessThan(33 * 24 * 3_600_000);
    }
  });

  it('does nothing on a second run', async () => {
    const before = await counts(database.db);
    expect(await seedDemoData(database.db, { now })).toEqual({ created: false });
    expect(await counts(database.db)).toEqual(before);
  });

  it('gives the same cases on another fresh database with the same now', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.db, { now });
      expect(await caseFacts(other.db)).toEqual(await caseFacts(database.db));
    } finally {
      await other.close();
    }
  }, seedTimeout);
});
