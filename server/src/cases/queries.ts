import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { CaseStatus, CaseSummary, Service } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { cases, categories } from '../db/schema.js';

/** Exactly the columns that leave the server for a case in a list. */
export const caseSummaryColumns = {
  id: cases.id,
  reference: cases.reference,
  categoryCode: categories.code,
  categoryName: categories.name,
  service: categories.service,
  status: cases.status,
  channel: cases.channel,
  address: cases.address,
  lat: cases.lat,
  lng: cases.lng,
  reportedAt: cases.reportedAt,
  slaDueAt: cases.slaDueAt,
  resolvedAt: cases.resolvedAt,
};

export interface CaseFilter {
  status?: CaseStatus;
  service?: Service;
  limit: number;
}

export async function listCases(db: Db, filter: CaseFilter): Promise<CaseSummary[]> {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(cases.status, filter.status));
  if (filter.service) where.push(eq(categories.service, filter.service));
  return db
    .select(caseSummaryColumns)
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(and(...where))
    .orderBy(desc(cases.reportedAt))
    .limit(filter.limit);
}

export async function findCaseSummary(db: Db, caseId: string): Promise<CaseSummary | null> {
  const [row] = await db
    .select(caseSummaryColumns)
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(eq(cases.id, caseId))
    .limit(1);
  return row ?? null;
}
