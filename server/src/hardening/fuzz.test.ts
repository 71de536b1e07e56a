// Hostile input to every procedure: a clear 4xx, never a 5xx, and no row changes.
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { callerFor, createTestDatabase, seedCategory, seedJob, seedStaff, testEngine, testServices } from '../testing/index.js';
import { anyInput } from './hostile-input.js';
import { allProcedures, callPath } from './procedures.js';
import { tableCounts } from './table-counts.js';

const totalInputs = Number(process.env.KERBSIDE_FUZZ_INPUTS ?? 10_000);
// Procedures that take no input, where "hostile input" means nothing.
const noInput = new Set(['auth.me', 'auth.signOut']);

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  const category = await seedCategory(database.db);
  await seedJob(database.db, category.id, staff.crewA.id, staff.dispatcher);
});
afterAll(() => database.close());

const procedures = allProcedures().filter((p) => !noInput.has(p.path));
const runsEach = Math.ceil(totalInputs / procedures.length);

describe(`fuzzing every procedure on ${testEngine} (${runsEach} inputs each)`, () => {
  for (const { path } of procedures) {
    it(`${path} refuses hostile input cleanly and changes nothing`, async () => {
      const before = await tableCounts(database.db);
      const users = [null, staff.admin, staff.dispatcher, staff.agent, staff.crewUserA];
      await fc.assert(
        fc.asyncProperty(anyInput, fc.nat({ max: users.length - 1 }), async (input, who) => {
          const caller = callerFor(testServices(database.db), users[who]!);
          try {
            await callPath(caller, path, input);
          } catch (error) {
            expect(error).toBeInstanceOf(TRPCError);
            const { code, message } = error as TRPCError;
            expect(code, `${path} answered ${code}: ${message}`).not.toBe('INTERNAL_SERVER_ERROR');
            expect(message.length).toBeGreaterThan(0);
            expect(message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
          }
        }),
        { numRuns: runsEach, seed: Number(process.env.KERBSIDE_FUZZ_SEED ?? Date.now() % 2 ** 31) },
      );
      expect(await tableCounts(database.db)).toEqual(before);
    });
  }
});
