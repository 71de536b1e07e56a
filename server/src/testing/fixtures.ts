import type { Role, SessionUser } from '@kerbside/shared';
import { hashPassword } from '../auth/password.js';
import { createCase } from '../cases/create-case.js';
import { createJob } from '../jobs/dispatch.js';
import type { Db } from '../db/client.js';
import { categories, crews, depots, users } from '../db/schema.js';

export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** A depot, a crew per service, and one user per role (two crews for crew-vs-crew checks). */
export async function seedStaff(db: Db) {
  passwordHash ??= hashPassword(testPassword);
  const hash = await passwordHash;
  const [depot] = await db.insert(depots).values({ name: 'Test depot', address: 'Kimpton Road', lat: 51.37, lng: -0.2 }).returning();
  const [crewA, crewB] = await db
    .insert(crews)
    .values([
      { name: 'Highways A', service: 'highways', depotId: depot!.id },
      { name: 'Highways B', service: 'highways', depotId: depot!.id },
    ])
    .returning();
  const make = (role: Role, email: string, crewId: string | null = null) => ({
    email,
    name: `Test ${email.split('@')[0]}`,
    role,
    crewId,
    passwordHash: hash,
  });
  const rows = await db
    .insert(users)
    .values([
      make('agent', 'agent@test.example'),
      make('dispatcher', 'dispatcher@test.example'),
      make('admin', 'admin@test.example'),
      make('crew', 'crew.a@test.example', crewA!.id),
      make('crew', 'crew.b@test.example', crewB!.id),
    ])
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, crewId: users.crewId });
  const byEmail = (email: string): SessionUser => rows.find((r) => r.email === email)!;
  return {
    depot: depot!,
    crewA: crewA!,
    crewB: crewB!,
    agent: byEmail('agent@test.example'),
    dispatcher: byEmail('dispatcher@test.example'),
    admin: byEmail('admin@test.example'),
    crewUserA: byEmail('crew.a@test.example'),
    crewUserB: byEmail('crew.b@test.example'),
  };
}

export async function seedCategory(db: Db, overrides: Partial<typeof categories.$inferInsert> = {}) {
  const [row] = await db
    .insert(categories)
    .values({ code: 'HW-POTHOLE', service: 'highways', name: 'Pothole', slaAmount: 5, slaUnit: 'working_days', ...overrides })
    .returning();
  return row!;
}

let jobCounter = 0;

/** A case with a job assigned to `crewId`, made the way a dispatcher would. */
export async function seedJob(db: Db, categoryId: string, crewId: string, dispatcher: SessionUser, now = new Date('2026-12-01T09:00:00Z')) {
  const n = ++jobCounter;
  const created = await createCase(
    db,
    {
      categoryId,
      channel: 'phone',
      description: `Pothole number ${n}`,
      lat: 51.36 + n / 10_000,
      lng: -0.19,
      address: `${n} High Street, Sutton`,
      citizen: { name: 'Ada Citizen', email: `ada${n}@example.com`, phone: '07700 900123', contactPreference: 'email' },
    },
    { type: 'user', id: dispatcher.id, name: dispatcher.name },
    now,
  );
  const { jobId } = await createJob(
    db,
    { caseIds: [created.id], crewId, priority: 'normal', dueAt: created.slaDueAt, instructions: 'Fill and seal' },
    { type: 'user', id: dispatcher.id, name: dispatcher.name },
    now,
  );
  return { caseId: created.id, reference: created.reference, jobId };
}
