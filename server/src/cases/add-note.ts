import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { cases } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { appendCaseEvent, type Actor } from './timeline.js';

/** An internal note on a case's timeline; citizens never see notes. */
export async function addCaseNote(db: Db, caseId: string, text: string, actor: Actor, now: Date): Promise<void> {
  const [found] = await db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!found) throw new DomainError('not_found', 'No case has that id');
  await appendCaseEvent(db, { caseId, kind: 'note', actor, at: now, payload: { text } });
}
