import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { fixedClock } from '../clock.js';
import { openDatabase, type Database } from '../db/client.js';
import { citizens, notices } from '../db/schema.js';
import { createTestDatabase, seedCategory, seedJob, seedStaff, testEngine } from '../testing/index.js';
import { ScriptedAdapter } from './test-support.js';
import { NoticeWorker } from './worker.js';

// Two server processes are two connection pools on one PostgreSQL database. PGlite is a single
// connection inside one process: statements never overlap, so there is no race to test there.
const onPostgres = testEngine === 'postgres';

describe.skipIf(!onPostgres)('two workers racing over the outbox (PostgreSQL only: PGlite has one connection, no real concurrency)', () => {
  let database: Database;
  let second: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { rows } = (await database.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
    const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
    url.pathname = `/${rows[0]!.name}`;
    second = openDatabase({ url: url.toString() });
  });
  afterAll(async () => {
    await second?.close();
    await database?.close();
  });

  it('sends each of 100 pending notices exactly once', async () => {
    const staff = await seedStaff(database.db);
    const category = await seedCategory(database.db);
    const { caseId } = await seedJob(database.db, category.id, staff.crewA.id, staff.dispatcher);
    const people = await database.db
      .insert(citizens)
      .values(Array.from({ length: 100 }, (_, i) => ({ name: `Citizen ${i}`, email: `c${i}@example.com`, contactPreference: 'email' as const })))
      .returning({ id: citizens.id });
    const at = new Date('2026-12-01T12:00:00Z');
    await database.db.insert(notices).values(
      people.map((p, i) => ({ caseId, citizenId: p.id, kind: 'closure' as const, channel: 'email' as const, subject: `Notice ${i}`, body: 'Done', nextAttemptAt: at, createdAt: at })),
    );

    const deliveries = new Map<string, number>();
    const adapterFor = () =>
      new ScriptedAdapter('SMTP', async (notice) => {
        await new Promise((r) => setTimeout(r, Math.random() * 4));
        deliveries.set(notice.id, (deliveries.get(notice.id) ?? 0) + 1);
        return { ok: true };
      });
    const clock = fixedClock(new Date('2026-12-01T12:05:00Z'));
    const workerOn = (db: Database, adapter: ScriptedAdapter) =>
      new NoticeWorker({ db: db.db, adapters: { email: adapter, sms: adapter, letter: adapter }, clock, publicUrl: 'http://x', batchSize: 5 });
    const [a, b] = [adapterFor(), adapterFor()];
    await Promise.all([workerOn(database, a).drain(), workerOn(second, b).drain()]);

    expect(deliveries.size).toBe(100);
    expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(a.sent.length + b.sent.length).toBe(100);
    // Both really took part: the race happened.
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    const states = await database.db.select({ state: notices.state, attempts: notices.attempts }).from(notices).where(eq(notices.caseId, caseId));
    expect(states.filter((n) => n.state === 'sent' && n.attempts === 1)).toHaveLength(100);
  });
});
