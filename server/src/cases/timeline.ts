import { asc, eq } from 'drizzle-orm';
import type { CaseEventKind, Channel } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { caseEvents } from '../db/schema.js';

export interface Actor {
  type: 'user' | 'citizen' | 'system' | 'open311';
  id: string | null;
  name: string;
}

export const systemActor: Actor = { type: 'system', id: null, name: 'Kerbside' };

export interface NewCaseEvent {
  caseId: string;
  kind: CaseEventKind;
  actor: Actor;
  at: Date;
  channel?: Channel | null;
  public?: boolean;
  deviceAt?: Date | null;
  payload?: Record<string, unknown>;
}

/** The only way entries reach the timeline; the table itself refuses updates and deletes. */
export async function appendCaseEvent(db: Db, event: NewCaseEvent): Promise<void> {
  await db.insert(caseEvents).values({
    caseId: event.caseId,
    kind: event.kind,
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorName: event.actor.name,
    at: event.at,
    channel: event.channel ?? null,
    public: event.public ?? false,
    deviceAt: event.deviceAt ?? null,
    payload: event.payload ?? {},
  });
}

export async function caseTimeline(db: Db, caseId: string) {
  return db
    .select({
      id: caseEvents.id,
      kind: caseEvents.kind,
      actorType: caseEvents.actorType,
      actorName: caseEvents.actorName,
      channel: caseEvents.channel,
      public: caseEvents.public,
      at: caseEvents.at,
      deviceAt: caseEvents.deviceAt,
      payload: caseEvents.payload,
    })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id));
}
