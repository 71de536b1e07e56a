// Finding a case for a citizen, and the view of it they may see.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { notFixedWindowDays, normaliseContact, type CaseStatus, type PublicCaseView, type TrackingLink } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { caseEvents, caseReporters, cases, categories, citizens, completions, jobCases, photos } from '../db/schema.js';
import { notFound, tokensMatch } from './guard.js';
import { publicTimeline, streetLevel } from './public-timeline.js';

const trackedColumns = {
  id: cases.id,
  reference: cases.reference,
  trackingToken: cases.trackingToken,
  status: cases.status,
  address: cases.address,
  reportedAt: cases.reportedAt,
  resolvedAt: cases.resolvedAt,
  categoryName: categories.name,
};
export interface TrackedCase {
  id: string;
  reference: string;
  trackingToken: string;
  status: CaseStatus;
  address: string;
  reportedAt: Date;
  resolvedAt: Date | null;
  categoryName: string;
}

async function caseByReference(db: Db, reference: string, forUpdate = false): Promise<TrackedCase | null> {
  const query = db
    .select(trackedColumns)
    .from(cases)
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(eq(cases.reference, reference));
  const [row] = forUpdate ? await query.for('update', { of: cases }) : await query;
  return row ?? null;
}

/** The case, if the token is its token; otherwise the same not-found as for no case at all. */
export async function trackedCase(db: Db, link: TrackingLink, forUpdate = false): Promise<TrackedCase> {
  const row = await caseByReference(db, link.reference, forUpdate);
  if (!tokensMatch(link.token, row?.trackingToken ?? null) || !row) throw notFound();
  return row;
}

/** A reporter proves who they are with the reference and the e-mail or phone number they gave. */
export async function linkForContact(db: Db, reference: string, contact: string): Promise<TrackingLink> {
  const row = await caseByReference(db, reference);
  const wanted = normaliseContact(contact);
  const reporters = row
    ? await db
        .select({ email: citizens.email, phone: citizens.phone })
        .from(caseReporters)
        .innerJoin(citizens, eq(citizens.id, caseReporters.citizenId))
        .where(eq(caseReporters.caseId, row.id))
    : [];
  const known = reporters.flatMap((r) => [r.email, r.phone]).filter((v): v is string => Boolean(v)).map(normaliseContact);
  // Short strings never match: "0" must not find every phone number that normalises oddly.
  if (!row || wanted.length < 6 || !known.includes(wanted)) throw notFound();
  return { reference: row.reference, token: row.trackingToken };
}

/** After photos of work that was applied: the only photos a citizen sees. */
export async function publicPhotoIds(db: Db, caseId: string): Promise<string[]> {
  const applied = await db
    .select({ photoIds: completions.photoIds })
    .from(completions)
    .innerJoin(jobCases, eq(jobCases.jobId, completions.jobId))
    .where(and(eq(jobCases.caseId, caseId), eq(completions.state, 'applied'), eq(completions.outcome, 'completed')))
    .orderBy(asc(completions.appliedAt));
  const ids = applied.flatMap((c) => c.photoIds);
  if (ids.length === 0) return [];
  const after = await db
    .select({ id: photos.id })
    .from(photos)
    .where(and(inArray(photos.id, ids), eq(photos.kind, 'after')));
  const present = new Set(after.map((p) => p.id));
  return ids.filter((id) => present.has(id));
}

export function notFixedUntil(kase: Pick<TrackedCase, 'status' | 'resolvedAt'>, now: Date): Date | null {
  if (kase.status !== 'resolved' || !kase.resolvedAt) return null;
  const until = new Date(kase.resolvedAt.getTime() + notFixedWindowDays * 24 * 60 * 60_000);
  return now < until ? until : null;
}

export async function publicCaseView(db: Db, kase: TrackedCase, now: Date): Promise<PublicCaseView> {
  const rows = await db
    .select({ kind: caseEvents.kind, actorType: caseEvents.actorType, channel: caseEvents.channel, at: caseEvents.at, payload: caseEvents.payload })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, kase.id), eq(caseEvents.public, true)))
    .orderBy(asc(caseEvents.id));
  return {
    reference: kase.reference,
    categoryName: kase.categoryName,
    status: kase.status,
    address: streetLevel(kase.address),
    reportedAt: kase.reportedAt,
    resolvedAt: kase.resolvedAt,
    timeline: publicTimeline(rows),
    photoIds: await publicPhotoIds(db, kase.id),
    notFixedUntil: notFixedUntil(kase, now),
  };
}
