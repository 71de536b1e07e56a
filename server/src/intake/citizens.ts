import { eq } from 'drizzle-orm';
import type { CallerInput, ContactDetails } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { citizens } from '../db/schema.js';
import { FieldError } from './field-error.js';

export interface ResolvedCitizen {
  id: string;
  name: string;
}

/** The citizen a report is from: the known one (with their new preference, if given) or a new record. */
export async function resolveCitizen(db: Db, caller: CallerInput | ContactDetails, now: Date): Promise<ResolvedCitizen> {
  if ('kind' in caller && caller.kind === 'known') {
    const set = caller.contactPreference ? { contactPreference: caller.contactPreference } : {};
    const query = Object.keys(set).length
      ? db.update(citizens).set(set).where(eq(citizens.id, caller.citizenId)).returning({ id: citizens.id, name: citizens.name })
      : db.select({ id: citizens.id, name: citizens.name }).from(citizens).where(eq(citizens.id, caller.citizenId));
    const [found] = await query;
    if (!found) throw new FieldError('caller', 'That citizen was not found. Search for them again.');
    return found;
  }
  const [row] = await db
    .insert(citizens)
    .values({
      name: caller.name,
      email: caller.email ?? null,
      phone: caller.phone ?? null,
      postalAddress: caller.postalAddress ?? null,
      contactPreference: caller.contactPreference,
      createdAt: now,
    })
    .returning({ id: citizens.id, name: citizens.name });
  return row!;
}
