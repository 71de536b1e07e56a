// Bank holidays are data the council changes (a royal funeral, a coronation). A change moves the
// due time of every open case whose working-time window it falls in, in the same transaction.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { computeSlaDue, consoleCaseStatuses, type BankHolidayInput } from '@kerbside/shared';
import { loadBankHolidays } from '../categories/queries.js';
import type { Db } from '../db/client.js';
import { bankHolidays, cases, categories } from '../db/schema.js';
import { DomainError } from '../errors.js';

export async function listBankHolidays(db: Db) {
  return db.select({ date: bankHolidays.date, name: bankHolidays.name }).from(bankHolidays).orderBy(asc(bankHolidays.date));
}

export async function addBankHoliday(db: Db, holiday: BankHolidayInput, now: Date): Promise<{ casesMoved: number }> {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(bankHolidays).values(holiday).onConflictDoNothing().returning({ date: bankHolidays.date });
    if (inserted.length === 0) throw new DomainError('conflict', `${holiday.date} is already a bank holiday`);
    return { casesMoved: await recomputeOpenDueTimes(tx, now) };
  });
}

export async function removeBankHoliday(db: Db, date: string, now: Date): Promise<{ casesMoved: number }> {
  return db.transaction(async (tx) => {
    const removed = await tx.delete(bankHolidays).where(eq(bankHolidays.date, date)).returning({ date: bankHolidays.date });
    if (removed.length === 0) throw new DomainError('not_found', `${date} is not a bank holiday`);
    return { casesMoved: await recomputeOpenDueTimes(tx, now) };
  });
}

const batchSize = 1000;

/** Recomputes open cases' SLA due times from the calendar as it now stands; returns how many moved. */
export async function recomputeOpenDueTimes(tx: Db, now: Date): Promise<number> {
  const calendar = { bankHolidays: await loadBankHolidays(tx) };
  const rows = await tx
    .select({ id: cases.id, reportedAt: cases.reportedAt, slaDueAt: cases.slaDueAt, amount: categories.slaAmount, unit: categories.slaUnit })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(inArray(cases.status, [...consoleCaseStatuses]));
  const moved = rows
    .map((r) => ({ id: r.id, dueAt: computeSlaDue(r.reportedAt, r.amount, r.unit, calendar), was: r.slaDueAt }))
    .filter((r) => r.dueAt.getTime() !== r.was.getTime());
  // One statement per thousand cases: a holiday can move most of a 10,000-case backlog.
  for (let i = 0; i < moved.length; i += batchSize) {
    const values = sql.join(
      moved.slice(i, i + batchSize).map((m) => sql`(${m.id}::uuid, ${m.dueAt.toISOString()}::timestamptz)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${cases} set sla_due_at = v.due, updated_at = ${now.toISOString()}::timestamptz from (values ${values}) as v(id, due) where ${cases.id} = v.id`,
    );
  }
  return moved.length;
}
