import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import type { DuplicateCandidate } from '@kerbside/shared';
import { findCategory } from '../categories/queries.js';
import type { Db } from '../db/client.js';
import { cases } from '../db/schema.js';
import { FieldError } from './field-error.js';
import { distanceM } from './gazetteer.js';

const metresPerDegree = 111_320;

/**
 * Open cases that are probably the same problem: same category, within the category's radius,
 * nearest first. A bounding box narrows it in SQL (the index on category helps); the exact
 * distance is worked out here, which both engines agree on.
 */
export async function findDuplicates(db: Db, where: { categoryId: string; lat: number; lng: number }, limit = 5): Promise<DuplicateCandidate[]> {
  const category = await findCategory(db, where.categoryId);
  if (!category) throw new FieldError('categoryId', 'Choose a category from the list');
  const radius = category.duplicateRadiusM;
  const dLat = radius / metresPerDegree;
  const dLng = radius / (metresPerDegree * Math.cos((where.lat * Math.PI) / 180));
  const rows = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      status: cases.status,
      address: cases.address,
      description: cases.description,
      reportedAt: cases.reportedAt,
      lat: cases.lat,
      lng: cases.lng,
      // Plain SQL: drizzle leaves columns unqualified in a one-table select, which a subquery would misread.
      reporterCount: sql<number>`(select count(*) from case_reporters r where r.case_id = "cases"."id")`.mapWith(Number),
      photoId: sql<string | null>`(select p.id from photos p where p.case_id = "cases"."id" and p.kind = 'report'
        and p.content_type like 'image/%' order by p.created_at, p.id limit 1)`,
    })
    .from(cases)
    .where(
      and(
        eq(cases.categoryId, category.id),
        inArray(cases.status, ['open', 'in_progress']),
        between(cases.lat, where.lat - dLat, where.lat + dLat),
        between(cases.lng, where.lng - dLng, where.lng + dLng),
      ),
    )
    .orderBy(asc(cases.reportedAt));
  return rows
    .map(({ lat, lng, ...row }) => ({ ...row, distanceM: Math.round(distanceM(where, { lat, lng })) }))
    .filter((row) => row.distanceM <= radius)
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, limit);
}
