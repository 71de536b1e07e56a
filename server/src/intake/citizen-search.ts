// Finding the caller: by name, phone, e-mail or address, typed into one box mid-call.
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { CitizenContact, CitizenMatch } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { caseEvents, caseReporters, cases, categories, citizens } from '../db/schema.js';

/** Digits only, with +44 / 0044 written the UK way: "+44 7700 900077" → "07700900077". */
export function normalisePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (text.trim().startsWith('+44') || digits.startsWith('0044')) return `0${digits.replace(/^(00)?44/, '')}`;
  return digits;
}

/** What the agent typed: an e-mail address, a phone number, or words of a name or an address. */
export function classifyQuery(q: string): { kind: 'email' | 'phone' | 'text'; value: string } {
  const text = q.trim();
  if (text.includes('@')) return { kind: 'email', value: text.toLowerCase() };
  if (/^[+\d\s().-]+$/.test(text) && text.replace(/\D/g, '').length >= 5) return { kind: 'phone', value: normalisePhone(text) };
  return { kind: 'text', value: text };
}

/** For LIKE patterns: the agent's % and _ are letters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

// The stored number, normalised in SQL the same way as normalisePhone.
const storedPhone = sql`regexp_replace(regexp_replace(coalesce(${citizens.phone}, ''), '[^0-9+]', '', 'g'), '^(\\+|00)44', '0')`;

function matchOf(q: string): SQL {
  const { kind, value } = classifyQuery(q);
  const contains = `%${escapeLike(value)}%`;
  if (kind === 'email') return ilike(citizens.email, contains);
  if (kind === 'phone') return sql`${storedPhone} like ${contains}`;
  return or(ilike(citizens.name, contains), ilike(citizens.postalAddress, contains), reportedAtAddress(contains))!;
}

/** Citizens who reported a case at an address matching the pattern. */
function reportedAtAddress(pattern: string): SQL {
  return sql`exists (select 1 from ${caseReporters} join ${cases} on ${cases.id} = ${caseReporters.caseId}
    where ${caseReporters.citizenId} = ${citizens.id} and ${cases.address} ilike ${pattern})`;
}

export const searchCitizens = (db: Db, q: string) => findCitizens(db, matchOf(q), 20);

/** One citizen with their cases and contacts, for logging a case for someone already found. */
export async function citizenWithHistory(db: Db, citizenId: string): Promise<CitizenMatch | null> {
  const [found] = await findCitizens(db, eq(citizens.id, citizenId), 1);
  return found ?? null;
}

async function findCitizens(db: Db, where: SQL, limit: number): Promise<CitizenMatch[]> {
  const people = await db
    .select({
      id: citizens.id,
      name: citizens.name,
      email: citizens.email,
      phone: citizens.phone,
      postalAddress: citizens.postalAddress,
      contactPreference: citizens.contactPreference,
    })
    .from(citizens)
    .where(where)
    .orderBy(citizens.name, citizens.id)
    .limit(limit);
  if (people.length === 0) return [];
  const ids = people.map((p) => p.id);
  const caseRows = await db
    .select({
      citizenId: caseReporters.citizenId,
      id: cases.id,
      reference: cases.reference,
      categoryName: categories.name,
      status: cases.status,
      channel: caseReporters.channel,
      address: cases.address,
      reportedAt: cases.reportedAt,
      slaDueAt: cases.slaDueAt,
      resolvedAt: cases.resolvedAt,
    })
    .from(caseReporters)
    .innerJoin(cases, eq(cases.id, caseReporters.caseId))
    .innerJoin(categories, eq(categories.id, cases.categoryId))
    .where(inArray(caseReporters.citizenId, ids))
    .orderBy(desc(cases.reportedAt), desc(cases.reference));
  const contacts = await contactsOn(db, [...new Set(caseRows.map((c) => c.id))]);
  return people.map((person) => {
    const own = caseRows.filter((c) => c.citizenId === person.id).map(({ citizenId: _c, ...c }) => c);
    const caseIds = new Set(own.map((c) => c.id));
    return {
      ...person,
      cases: own,
      // A contact recorded for someone else on a shared case is theirs, not this caller's.
      contacts: contacts
        .filter((e) => caseIds.has(e.caseId) && (!e.citizenId || e.citizenId === person.id))
        .map(({ citizenId: _c, ...e }) => e),
    };
  });
}

async function contactsOn(db: Db, caseIds: string[]): Promise<(CitizenContact & { citizenId: string | null })[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({
      caseId: caseEvents.caseId,
      reference: cases.reference,
      at: caseEvents.at,
      channel: caseEvents.channel,
      payload: caseEvents.payload,
    })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(inArray(caseEvents.caseId, caseIds), eq(caseEvents.kind, 'contact')))
    .orderBy(desc(caseEvents.at), desc(caseEvents.id));
  return rows.map(({ payload, ...row }) => ({
    ...row,
    summary: typeof payload.summary === 'string' ? payload.summary : 'Contact',
    citizenId: typeof payload.citizenId === 'string' ? payload.citizenId : null,
  }));
}
