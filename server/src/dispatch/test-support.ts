// Shared set-up for the dispatch tests: a database with staff, categories and a way to log cases.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { PushMutation } from '@kerbside/shared';
import { createCase } from '../cases/create-case.js';
import type { Database, Db } from '../db/client.js';
import { caseEvents, cases } from '../db/schema.js';
import { callerFor, createTestDatabase, seedCategory, seedStaff, testServices } from '../testing/index.js';

export const testNow = new Date('2026-12-01T10:00:00Z');

export async function dispatchFixture() {
  const database: Database = await createTestDatabase();
  const staff = await seedStaff(database.db);
  const pothole = await seedCategory(database.db);
  const bins = await seedCategory(database.db, { code: 'WS-MISSED', service: 'waste', name: 'Missed bin', slaAmount: 2, slaUnit: 'working_days', defaultPriority: 'high' });
  const services = () => testServices(database.db);
  let n = 0;
  const logCase = async (categoryId = pothole.id, reportedAt = new Date('2026-11-30T09:00:00Z')) => {
    n++;
    return createCase(
      database.db,
      { categoryId, channel: 'phone', description: `Report ${n}`, lat: 51.36 + n / 1000, lng: -0.19, address: `${n} Cheam Road, Sutton SM1`, reportedAt,
        citizen: { name: 'Ada Citizen', email: `ada${n}@example.com`, contactPreference: 'email' } },
      { type: 'user', id: staff.agent.id, name: staff.agent.name },
      testNow,
    );
  };
  return {
    database,
    db: database.db as Db,
    staff,
    pothole,
    bins,
    logCase,
    dispatcher: () => callerFor(services(), staff.dispatcher),
    crewA: () => callerFor(services(), staff.crewUserA),
    crewB: () => callerFor(services(), staff.crewUserB),
    as: (user: Parameters<typeof callerFor>[1]) => callerFor(services(), user),
  };
}

export async function caseStatus(db: Db, caseId: string) {
  const [row] = await db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
  return row?.status;
}

export async function eventsOf(db: Db, caseId: string) {
  return db.select({ kind: caseEvents.kind, actorName: caseEvents.actorName, payload: caseEvents.payload }).from(caseEvents).where(eq(caseEvents.caseId, caseId));
}

export function closure(jobId: string, options: { outcome?: 'completed' | 'not_completed'; photoIds?: string[] } = {}): PushMutation {
  const outcome = options.outcome ?? 'completed';
  return {
    id: randomUUID(),
    seq: 1,
    kind: 'job.complete',
    createdAt: testNow,
    args: {
      jobId,
      outcome,
      reason: outcome === 'completed' ? null : 'no_access',
      notes: outcome === 'completed' ? 'Filled and sealed' : 'Car parked over it',
      photoIds: options.photoIds ?? [],
      lat: 51.361,
      lng: -0.191,
      accuracyM: 6,
      deviceAt: new Date('2026-12-01T09:30:00Z'),
    },
  };
}
