import { eq } from 'drizzle-orm';
import { channelLabels, type AttachReportInput, type LoggedCase } from '@kerbside/shared';
import { appendCaseEvent, type Actor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { caseReporters, cases } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { claimAttachments } from './attachments.js';
import { resolveCitizen } from './citizens.js';
import { FieldError } from './field-error.js';

/**
 * Attaches a new report of an open problem to its existing case instead of opening a second one:
 * the citizen becomes a reporter (so they get the closure notice too) and the contact goes on the timeline.
 */
export async function attachReport(db: Db, input: AttachReportInput, agent: Actor, now: Date): Promise<LoggedCase> {
  return db.transaction(async (tx) => {
    // Locked, so a closure landing at the same moment either sees this reporter or refuses the attach.
    const [target] = await tx
      .select({ id: cases.id, reference: cases.reference, status: cases.status, slaDueAt: cases.slaDueAt })
      .from(cases)
      .where(eq(cases.id, input.caseId))
      .for('update');
    if (!target) throw new FieldError('caseId', 'That case was not found');
    if (target.status !== 'open' && target.status !== 'in_progress') {
      throw new DomainError('conflict', `${target.reference} is already ${target.status}; log a new case instead`);
    }
    const citizen = await resolveCitizen(tx, input.caller, now);
    const added = await tx
      .insert(caseReporters)
      .values({ caseId: target.id, citizenId: citizen.id, channel: input.channel, addedAt: now })
      .onConflictDoNothing()
      .returning({ caseId: caseReporters.caseId });
    const how = channelLabels[input.channel].toLowerCase();
    if (added.length > 0) {
      await appendCaseEvent(tx, {
        caseId: target.id,
        kind: 'reporter_added',
        actor: agent,
        at: now,
        channel: input.channel,
        payload: { citizenId: citizen.id, citizenName: citizen.name, summary: `${citizen.name} added as a reporter` },
      });
    }
    // Not public: the tracking link is shared by the case, and this is another person's contact.
    await appendCaseEvent(tx, {
      caseId: target.id,
      kind: 'contact',
      actor: agent,
      at: now,
      channel: input.channel,
      payload: { citizenId: citizen.id, summary: `Reported again by ${how}`, description: input.description },
    });
    await claimAttachments(tx, target.id, input.attachmentIds);
    await tx.update(cases).set({ updatedAt: now }).where(eq(cases.id, target.id));
    return { caseId: target.id, reference: target.reference, slaDueAt: target.slaDueAt };
  });
}
