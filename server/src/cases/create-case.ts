import { randomBytes } from 'node:crypto';
import { computeSlaDue, type Channel, type CitizenInput } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { caseReporters, cases, citizens } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { findCategory, loadBankHolidays } from '../categories/queries.js';
import { nextCaseReference } from './references.js';
import { appendCaseEvent, type Actor } from './timeline.js';

export interface NewCase {
  categoryId: string;
  channel: Channel;
  description: string;
  lat: number;
  lng: number;
  address: string;
  answers?: Record<string, string>;
  /** A new citizen to record, or one already known; absent for an anonymous report. */
  citizen?: CitizenInput | { citizenId: string };
  reportedAt?: Date;
}

export interface CreatedCase {
  id: string;
  reference: string;
  trackingToken: string;
  slaDueAt: Date;
}

/** Logs a case: reference, SLA due time, reporter and the first timeline entry, in one transaction. */
export async function createCase(db: Db, input: NewCase, actor: Actor, now: Date): Promise<CreatedCase> {
  const category = await findCategory(db, input.categoryId);
  if (!category) throw new DomainError('bad_input', 'Choose a category from the list', { field: 'categoryId' });
  if (!input.citizen && !category.allowAnonymous) {
    throw new DomainError('bad_input', `${category.name} reports need contact details`, { field: 'citizen' });
  }
  const reportedAt = input.reportedAt ?? now;
  const holidays = await loadBankHolidays(db);
  const slaDueAt = computeSlaDue(reportedAt, category.slaAmount, category.slaUnit, { bankHolidays: holidays });

  return db.transaction(async (tx) => {
    const reference = await nextCaseReference(tx, reportedAt.getUTCFullYear());
    const trackingToken = randomBytes(24).toString('base64url');
    const [row] = await tx
      .insert(cases)
      .values({
        reference,
        categoryId: category.id,
        channel: input.channel,
        description: input.description,
        answers: input.answers ?? {},
        lat: input.lat,
        lng: input.lng,
        address: input.address,
        reportedAt,
        slaDueAt,
        trackingToken,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: cases.id });
    const caseId = row!.id;
    const citizenId = input.citizen ? await citizenIdFor(tx, input.citizen, now) : null;
    if (citizenId) await tx.insert(caseReporters).values({ caseId, citizenId, channel: input.channel, addedAt: now });
    await appendCaseEvent(tx, {
      caseId,
      kind: 'contact',
      actor,
      at: now,
      channel: input.channel,
      public: true,
      payload: { summary: `Reported: ${category.name}`, description: input.description },
    });
    return { id: caseId, reference, trackingToken, slaDueAt };
  });
}

async function citizenIdFor(db: Db, citizen: CitizenInput | { citizenId: string }, now: Date): Promise<string> {
  if ('citizenId' in citizen) return citizen.citizenId;
  const [row] = await db
    .insert(citizens)
    .values({
      name: citizen.name,
      email: citizen.email ?? null,
      phone: citizen.phone ?? null,
      postalAddress: citizen.postalAddress ?? null,
      contactPreference: citizen.contactPreference,
      createdAt: now,
    })
    .returning({ id: citizens.id });
  return row!.id;
}
