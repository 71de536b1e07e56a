// Demo data a council would recognise: the London Borough of Sutton's depots, crews, staff,
// categories and a month of cases. Seeded on a fresh database only, in one transaction.
import { englandAndWalesBankHolidays } from '@kerbside/shared';
import { hashPassword } from '../auth/password.js';
import type { Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { bankHolidays, categories, crews, depots, users } from '../db/schema.js';
import { demoCategories } from './demo-categories.js';
import { writeDemoCases, writeDemoJobs, type DemoStaff } from './demo-cases.js';
import { planDemoJobs } from './demo-jobs.js';
import { demoPassword, demoSignIns } from './demo-people.js';
import { demoCrews, demoDepots } from './demo-places.js';
import { planDemoCases } from './demo-plan.js';

export { demoRepeatCitizen, demoSignIns, type DemoSignIn } from './demo-people.js';

export const demoCaseCount = 200;

/**
 * Seeds the demo on a database with no depots; otherwise does nothing. Everything but `now` is
 * fixed, so two seeds with the same `now` give the same references, places and people.
 */
export async function seedDemoData(db: Db, options: { now?: Date } = {}): Promise<{ created: boolean }> {
  if (await hasDepots(db)) return { created: false };
  const now = options.now ?? new Date();
  // One hash for every demo account: scrypt is deliberately slow.
  const passwordHash = await hashPassword(demoPassword);
  // A second seeder racing this one fails on the unique depot names and rolls back.
  await db.transaction(async (tx) => {
    const staff = await writeStaff(tx, passwordHash);
    const categoryIds = await writeCategories(tx);
    await tx.insert(bankHolidays).values(englandAndWalesBankHolidays).onConflictDoNothing();
    const plannedCases = planDemoCases(now, demoCaseCount);
    const written = await writeDemoCases(tx, plannedCases, categoryIds, staff);
    await writeDemoJobs(tx, planDemoJobs(plannedCases, now), written, staff);
  });
  return { created: true };
}

async function hasDepots(db: Db): Promise<boolean> {
  const rows = await db.select({ id: depots.id }).from(depots).limit(1);
  return rows.length > 0;
}

async function writeStaff(db: Db, passwordHash: string): Promise<DemoStaff> {
  const depotRows = await db.insert(depots).values(demoDepots).returning({ id: depots.id, name: depots.name });
  const depotId = (name: string) => depotRows.find((d) => d.name === name)!.id;
  const crewRows = await db
    .insert(crews)
    .values(demoCrews.map((c) => ({ name: c.name, service: c.service, depotId: depotId(c.depot) })))
    .returning({ id: crews.id, name: crews.name });
  const crewIds = new Map(crewRows.map((c) => [c.name, c.id]));
  const userRows = await db
    .insert(users)
    .values(
      demoSignIns.map((s) => ({
        email: s.email,
        name: s.name,
        role: s.role,
        passwordHash,
        crewId: s.crew ? crewIds.get(s.crew)! : null,
      })),
    )
    .returning({ id: users.id, name: users.name, role: users.role, email: users.email });
  const actor = (u: (typeof userRows)[number]) => ({ type: 'user', id: u.id, name: u.name }) satisfies Actor;
  const first = (role: string) => actor(userRows.find((u) => u.role === role)!);
  const crewMembers = new Map<string, Actor & { id: string }>();
  for (const signIn of demoSignIns) {
    // Where a crew has two people, the first listed works its demo jobs.
    if (signIn.crew && !crewMembers.has(signIn.crew)) {
      crewMembers.set(signIn.crew, actor(userRows.find((u) => u.email === signIn.email)!));
    }
  }
  return { agent: first('agent'), dispatcher: first('dispatcher'), crewMembers, crewIds };
}

async function writeCategories(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .insert(categories)
    .values(
      demoCategories.map((c) => ({
        code: c.code,
        service: c.service,
        name: c.name,
        description: c.description,
        slaAmount: c.slaAmount,
        slaUnit: c.slaUnit,
        defaultPriority: c.defaultPriority,
        duplicateRadiusM: c.duplicateRadiusM,
        allowAnonymous: c.allowAnonymous,
        questions: c.questions,
      })),
    )
    .returning({ id: categories.id, code: categories.code });
  return new Map(rows.map((r) => [r.code, r.id]));
}
