// Calling one cell of the authorization matrix: one role, one procedure, in a transaction that is
// always rolled back, so cells neither see nor disturb one another's writes.
import { TRPCError } from '@trpc/server';
import { fixedClock } from '../clock.js';
import type { Db } from '../db/client.js';
import { callerFor, testServices } from '../testing/index.js';
import type { AuthzFixture } from './authz-fixture.js';
import type { MatrixRow } from './authz-matrix.js';
import { userFor, type Role } from './authz-roles.js';
import { callPath } from './procedures.js';

const rolledBack = Symbol('rolled back');

/** Runs `work` in a transaction that is then rolled back; the domain's own transactions nest as savepoints. */
export async function inRolledBackTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await work(tx as unknown as Db);
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
  return result as T;
}

export interface CellResult {
  /** An `Outcome`, or what else happened (BAD_REQUEST, CONFLICT, "mixed: …"), to compare with the table. */
  outcome: string;
  /** Why, for the failure message. */
  detail: string;
  /** The answer, when there was one. */
  result?: unknown;
}

export async function callCell(db: Db, fx: AuthzFixture, path: string, row: MatrixRow, role: Role, start: Date): Promise<CellResult> {
  return inRolledBackTransaction(db, async (tx) => {
    const clock = fixedClock(start);
    const caller = callerFor(testServices(tx, clock), userFor(fx.staff, role));
    try {
      const result = await callPath(caller, path, await row.input(fx, role, { clock, caller }));
      const outcome = row.judge ? row.judge(result) : 'ok';
      return { outcome, detail: 'answered', result };
    } catch (error) {
      if (error instanceof TRPCError) return { outcome: error.code, detail: `refused: ${error.message}` };
      return { outcome: 'threw', detail: String(error) };
    }
  });
}
