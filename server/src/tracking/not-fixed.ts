// "It's not fixed": within the window after closure, the citizen's word reopens the case.
import { eq } from 'drizzle-orm';
import { notFixedWindowDays, type NotFixedInput, type PublicCaseView } from '@kerbside/shared';
import { appendCaseEvent } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { cases } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { notFixedUntil, publicCaseView, trackedCase } from './public-case.js';

/** Reopens the case with the citizen's words on its timeline; it goes back to the dispatcher's queue. */
export async function reportNotFixed(db: Db, input: NotFixedInput, now: Date): Promise<PublicCaseView> {
  return db.transaction(async (tx) => {
    const kase = await trackedCase(tx, input, true);
    if (kase.status !== 'resolved') {
      throw new DomainError('conflict', 'This report is not closed, so there is nothing to reopen. We are still working on it.');
    }
    if (!notFixedUntil(kase, now)) {
      throw new DomainError(
        'conflict',
        `It is more than ${notFixedWindowDays} days since we closed this report, so it cannot be reopened here. Please report the problem again.`,
      );
    }
    await tx.update(cases).set({ status: 'open', resolvedAt: null, updatedAt: now }).where(eq(cases.id, kase.id));
    await appendCaseEvent(tx, {
      caseId: kase.id,
      kind: 'reopened',
      // The link is the case's, not one reporter's: we know a reporter spoke, not which one.
      actor: { type: 'citizen', id: null, name: 'Citizen (tracking page)' },
      at: now,
      channel: 'web',
      public: true,
      payload: { status: 'open', text: input.text, summary: 'The citizen says it is not fixed; back to the dispatcher' },
    });
    return publicCaseView(tx, { ...kase, status: 'open', resolvedAt: null }, now);
  });
}
