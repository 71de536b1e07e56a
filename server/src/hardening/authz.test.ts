// Every procedure against every role (authz-matrix.ts): each cell is called and must answer as the
// table says, and a procedure without a row fails the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResultV1 } from '@kerbside/shared';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/client.js';
import { cases } from '../db/schema.js';
import { createTestDatabase, testEngine, testServices } from '../testing/index.js';
import { callCell } from './authz-cell.js';
import { buildAuthzFixture, type AuthzFixture } from './authz-fixture.js';
import { authzMatrix } from './authz-matrix.js';
import { roles, type Role } from './authz-roles.js';
import { allProcedures } from './procedures.js';
import { tableCounts } from './table-counts.js';

const start = new Date('2026-12-01T10:00:00Z');
let database: Database;
let fx: AuthzFixture;
let countsBefore: Record<string, number>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await buildAuthzFixture(testServices(database.db, fixedClock(start)));
  countsBefore = await tableCounts(database.db);
});
afterAll(() => database.close());

const call = (path: string, role: Role) => callCell(database.db, fx, path, authzMatrix[path]!, role, start);

describe(`authorization matrix on ${testEngine}`, () => {
  it('has a row for every procedure, and none for a procedure that no longer exists', () => {
    const paths = allProcedures().map((p) => p.path);
    const rows = Object.keys(authzMatrix);
    expect({ withoutRow: paths.filter((p) => !rows.includes(p)), rowWithoutProcedure: rows.filter((r) => !paths.includes(r)) }).toEqual({
      withoutRow: [],
      rowWithoutProcedure: [],
    });
  });

  for (const [path, row] of Object.entries(authzMatrix)) {
    describe(path, () => {
      for (const role of roles) {
        it(`as ${role}: ${row.expect[role]}`, async () => {
          const { outcome, detail } = await call(path, role);
          expect(outcome, `${path} as ${role} (${detail})`).toBe(row.expect[role]);
        });
      }
    });
  }

  it('rolled every cell back: each started from the same fixture', async () => {
    expect(await tableCounts(database.db)).toEqual(countsBefore);
  });
});

describe(`what each crew's phone receives, on ${testEngine}`, () => {
  const pull = async (role: 'crewOwn' | 'crewOther', cursor: string | null = null) => {
    const row = { ...authzMatrix['sync.pull']!, input: () => ({ cursor }) };
    const { outcome, detail, result } = await callCell(database.db, fx, 'sync.pull', row, role, start);
    expect(outcome, detail).toBe('ok');
    return result as PullResultV1;
  };

  it("crew A's pull has its job but none of the reporters' names, e-mail addresses or phone numbers", async () => {
    const received = await pull('crewOwn');
    expect(received.changes.map((j) => j.id)).toContain(fx.live.jobId);
    const text = JSON.stringify(received);
    const digitsOnly = text.replace(/[^0-9]/g, '');
    expect(fx.live.reporters.length).toBeGreaterThanOrEqual(2);
    for (const reporter of fx.live.reporters) {
      expect(text).not.toContain(reporter.name);
      if (reporter.email) expect(text.toLowerCase()).not.toContain(reporter.email.toLowerCase());
      if (reporter.phone) expect(digitsOnly).not.toContain(reporter.phone.replace(/[^0-9]/g, ''));
    }
  });

  it("crew B's pull has crew B's own job and none of crew A's", async () => {
    const received = await pull('crewOther');
    expect(received.changes.length).toBeGreaterThan(0);
    const text = JSON.stringify(received);
    expect(text).not.toContain(fx.live.jobId);
    expect(text).not.toContain(fx.live.reference);
    expect(text).not.toContain(fx.closed.reference);
  });

  it("crew B holding crew A's cursor gets its own jobs afresh, not crew A's changes", async () => {
    const { cursor } = await pull('crewOwn');
    const received = await pull('crewOther', cursor);
    expect(received.reset).toBe(true);
    expect(received.changes.map((j) => j.id)).not.toContain(fx.live.jobId);
  });
});

describe(`where people reported, on ${testEngine}`, () => {
  const labels = async (role: Role) => {
    const { outcome, detail, result } = await call('intake.searchAddresses', role);
    expect(outcome, detail).toBe('ok');
    return (result as { label: string }[]).map((m) => m.label);
  };

  it('office staff find the addresses on cases; the public and crews find only streets', async () => {
    const caseAddresses = (await database.db.select({ address: cases.address }).from(cases)).map((c) => c.address);
    for (const role of ['agent', 'dispatcher', 'admin'] as const) {
      expect((await labels(role)).filter((l) => caseAddresses.includes(l)), role).not.toEqual([]);
    }
    for (const role of ['anonymous', 'citizen', 'crewOwn', 'crewOther'] as const) {
      expect((await labels(role)).filter((l) => caseAddresses.includes(l)), role).toEqual([]);
    }
  });
});
