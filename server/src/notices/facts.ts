// The facts a closure notice is written from, read inside whichever transaction needs them.
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { caseReporters, cases, categories, citizens, completions, jobCases, photos } from '../db/schema.js';
import type { ClosureFacts } from './compose.js';

export async function loadClosureFacts(db: Db, caseId: string): Promise<ClosureFacts | null> {
  const [row] = await db
    .select({
      reference: cases.reference,
      categoryName: categories.name,
      service: categories.service,
      address: cases.address,
      trackingToken: cases.trackingToken,
      resolvedAt: cases.resolvedAt,
    })
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(eq(cases.id, caseId));
  if (!row) return null;
  const [completion] = await db
    .select({ deviceAt: completions.deviceAt, appliedAt: completions.appliedAt, photoIds: completions.photoIds })
    .from(completions)
    .innerJoin(jobCases, eq(jobCases.jobId, completions.jobId))
    .where(and(eq(jobCases.caseId, caseId), eq(completions.state, 'applied'), eq(completions.outcome, 'completed')))
    .orderBy(desc(completions.appliedAt))
    .limit(1);
  const serverTime = completion?.appliedAt ?? row.resolvedAt ?? new Date();
  // A phone's clock can run fast; the work cannot have been done after the server heard of it.
  const completedAt = completion && completion.deviceAt < serverTime ? completion.deviceAt : serverTime;
  const afterPhotos = completion?.photoIds.length
    ? await db
        .select({ id: photos.id })
        .from(photos)
        .where(and(inArray(photos.id, completion.photoIds), eq(photos.kind, 'after')))
        .limit(1)
    : [];
  const { resolvedAt: _resolvedAt, ...facts } = row;
  return { ...facts, completedAt, hasPhoto: afterPhotos.length > 0 };
}

export interface NoticeRecipient {
  citizenId: string;
  contactPreference: 'email' | 'sms' | 'letter' | 'none';
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
}

const recipientColumns = {
  citizenId: citizens.id,
  contactPreference: citizens.contactPreference,
  email: citizens.email,
  phone: citizens.phone,
  postalAddress: citizens.postalAddress,
};

/** The case's reporters who asked to hear back. */
export async function reportersToTell(db: Db, caseId: string): Promise<NoticeRecipient[]> {
  return db
    .select(recipientColumns)
    .from(caseReporters)
    .innerJoin(citizens, eq(citizens.id, caseReporters.citizenId))
    .where(and(eq(caseReporters.caseId, caseId), ne(citizens.contactPreference, 'none')))
    .orderBy(caseReporters.addedAt, citizens.id);
}

export async function recipientById(db: Db, citizenId: string): Promise<NoticeRecipient | null> {
  const [row] = await db.select(recipientColumns).from(citizens).where(eq(citizens.id, citizenId));
  return row ?? null;
}

/** The address a channel needs, or null when the citizen did not give one. */
export function addressFor(recipient: NoticeRecipient, channel: 'email' | 'sms' | 'letter'): string | null {
  const value = channel === 'email' ? recipient.email : channel === 'sms' ? recipient.phone : recipient.postalAddress;
  return value?.trim() ? value.trim() : null;
}
