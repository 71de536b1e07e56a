import { asc, eq } from 'drizzle-orm';
import type { Category } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { bankHolidays, categories } from '../db/schema.js';

export const categoryColumns = {
  id: categories.id,
  code: categories.code,
  service: categories.service,
  name: categories.name,
  slaAmount: categories.slaAmount,
  slaUnit: categories.slaUnit,
  defaultPriority: categories.defaultPriority,
  duplicateRadiusM: categories.duplicateRadiusM,
  allowAnonymous: categories.allowAnonymous,
  questions: categories.questions,
};

export async function listCategories(db: Db): Promise<Category[]> {
  return db
    .select(categoryColumns)
    .from(categories)
    .where(eq(categories.active, true))
    .orderBy(asc(categories.service), asc(categories.name));
}

export async function findCategory(db: Db, id: string): Promise<Category | null> {
  const [row] = await db.select(categoryColumns).from(categories).where(eq(categories.id, id)).limit(1);
  return row ?? null;
}

/** Bank holidays as London dates, for the SLA clock. */
export async function loadBankHolidays(db: Db): Promise<Set<string>> {
  const rows = await db.select({ date: bankHolidays.date }).from(bankHolidays);
  return new Set(rows.map((r) => r.date));
}
