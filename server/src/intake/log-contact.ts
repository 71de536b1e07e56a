import { eq } from 'drizzle-orm';
import type { LogContactInput } from '@kerbside/shared';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { cases, citizens } from '../db/schema.js';
import { FieldError } from './field-error.js';

/** A further contact about an existing case (a chase-up call, a letter): a timeline entry with its channel. */
export async function logContact(db: Db, input: LogContactInput, agent: Actor, now: Date): Promise<{ ok: true }> {
  const [target] = await db.select({ id: cases.id }).from(cases).where(eq(cases.id, input.caseId));
  if (!target) throw new FieldError('caseId', 'That case was not found');
  let citizenName: string | undefined;
  if (input.citizenId) {
    const [citizen] = await db.select({ name: citizens.name }).from(citizens).where(eq(citizens.id, input.citizenId));
    if (!citizen) throw new FieldError('citizenId', 'That citizen was not found');
    citizenName = citizen.name;
  }
  await appendCaseEvent(db, {
    caseId: target.id,
    kind: 'contact',
    actor: agent,
    at: now,
    channel: input.channel,
    payload: { citizenId: input.citizenId, citizenName, summary: input.summary },
  });
  return { ok: true };
}
