import type { Category, Channel, ContactDetails, LogCaseInput, LoggedCase } from '@kerbside/shared';
import { createCase, type CreatedCase } from '../cases/create-case.js';
import type { Actor } from '../cases/timeline.js';
import { findCategory } from '../categories/queries.js';
import type { Db } from '../db/client.js';
import { checkAnswers, checkLocation } from './answers.js';
import { claimAttachments } from './attachments.js';
import { resolveCitizen } from './citizens.js';
import { FieldError } from './field-error.js';

export interface NewReport extends Omit<LogCaseInput, 'caller' | 'channel'> {
  channel: Channel;
  caller: LogCaseInput['caller'] | ContactDetails;
}

/** Checks a report against its category; throws a field error before anything is written. */
export async function checkReport(db: Db, report: NewReport, callerField: string): Promise<Category> {
  const category = await findCategory(db, report.categoryId);
  if (!category) throw new FieldError('categoryId', 'Choose a category from the list');
  if (!report.caller && !category.allowAnonymous) {
    throw new FieldError(callerField, `${category.name} reports need a name and contact details`);
  }
  return category;
}

/**
 * Any report that becomes a new case, from an agent or the web: the citizen, the case (reference,
 * SLA, first timeline entry) and its attachments in one transaction, so a refusal leaves nothing.
 */
export async function createReportedCase(db: Db, report: NewReport, actor: Actor, now: Date, callerField = 'caller'): Promise<CreatedCase> {
  const category = await checkReport(db, report, callerField);
  const answers = checkAnswers(category, report.answers);
  const location = checkLocation(report.location);
  return db.transaction(async (tx) => {
    const citizen = report.caller ? await resolveCitizen(tx, report.caller, now) : null;
    const created = await createCase(
      tx,
      {
        categoryId: category.id,
        channel: report.channel,
        description: report.description,
        answers,
        ...location,
        citizen: citizen ? { citizenId: citizen.id } : undefined,
      },
      actor,
      now,
    );
    await claimAttachments(tx, created.id, report.attachmentIds);
    return created;
  });
}

/** An agent logs what the caller reports as a new case. */
export async function logCase(db: Db, input: LogCaseInput, agent: Actor, now: Date): Promise<LoggedCase> {
  const created = await createReportedCase(db, input, agent, now);
  return { caseId: created.id, reference: created.reference, slaDueAt: created.slaDueAt };
}
