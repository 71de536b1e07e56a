import { asc, ilike } from 'drizzle-orm';
import type { AddressMatch } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { cases } from '../db/schema.js';
import { searchStreets } from './gazetteer.js';

/**
 * Streets from the gazetteer; for staff, also addresses already on cases (house numbers the
 * gazetteer lacks). The public never sees case addresses: they would say where people reported.
 */
export async function searchAddresses(db: Db, q: string, options: { includeCaseAddresses: boolean }): Promise<AddressMatch[]> {
  const streets = searchStreets(q);
  if (!options.includeCaseAddresses) return streets;
  const pattern = `%${q.trim().replace(/[\\%_]/g, '\\$&')}%`;
  const known = await db
    .selectDistinctOn([cases.address], { label: cases.address, lat: cases.lat, lng: cases.lng })
    .from(cases)
    .where(ilike(cases.address, pattern))
    .orderBy(asc(cases.address))
    .limit(10);
  // Case addresses with no house number are often the street itself: list each label once.
  const seen = new Set(streets.map((s) => s.label.toLowerCase()));
  return [...streets, ...known.filter((k) => !seen.has(k.label.toLowerCase()))].slice(0, 15);
}
