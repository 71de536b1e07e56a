import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { citizens, notices } from '../db/schema.js';
import { createTestDatabase, seedCategory, seedJob, seedStaff } from '../testing/index.js';
import { claimDueNotices } from './claim.js';

let database: Database;
let caseId: string;
let citizenId: string;
const t0 = new Date('2026-12-01T12:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

beforeAll(async () => {
  database = await createTestDatabase();
  const staff = await seedStaff(database.db);
  const category = await seedCategory(database.db);
  caseId = (await seedJob(database.db, category.id, staff.crewA.id, staff.dispatcher)).caseId;
  const [citizen] = await database.db.insert(citizens).values({ name: 'C', email: 'c@example.com', contactPreference: 'email' }).returning({ id: citizens.id });
  citizenId = citizen!.id;
});
afterAll(() => database.close());

const add = (count: number, nextAttemptAt: Date) =>
  database.db
    .insert(notices)
    .values(Array.from({ length: count }, () => ({ caseId, citizenId, kind: 'closure' as const, channel: 'email' as const, subject: 's', body: 'b', nextAttemptAt })))
    .returning({ id: notices.id });

describe('claimDueNotices', () => {
  it('claims no more than asked, only what is due, and hides what it claimed until the lease ends', async () => {
    await add(10, t0);
    const [later] = await add(1, at(600));
    const first = await claimDueNotices(database.db, 3, t0, 120_000);
    expect(first).toHaveLength(3);
    expect(first.every((n) => n.attempts === 1)).toBe(true);
    const rest = await claimDueNotices(database.db, 100, t0, 120_000);
    expect(rest).toHaveLength(7);
    expect(rest.map((n) => n.id)).not.toContain(later!.id);
    expect(await claimDueNotices(database.db, 100, at(119), 120_000)).toHaveLength(0);

    // The lease ran out (the worker died): claimed again, and the try is counted.
    const retaken = await claimDueNotices(database.db, 100, at(121), 120_000);
    expect(retaken).toHaveLength(10);
    expect(retaken.every((n) => n.attempts === 2)).toBe(true);
    const [row] = await database.db.select().from(notices).where(eq(notices.id, retaken[0]!.id));
    expect(row).toMatchObject({ state: 'sending', nextAttemptAt: at(241) });
  });
});
