import { z } from 'zod';
import { caseListInput, caseNoteInput } from '@kerbside/shared';
import { DomainError } from '../errors.js';
import { router, staffProcedure } from '../trpc.js';
import { addCaseNote } from './add-note.js';
import { findCaseSummary, listCases } from './queries.js';
import { caseTimeline, type Actor } from './timeline.js';

const staffActor = (user: { id: string; name: string }): Actor => ({ type: 'user', id: user.id, name: user.name });

export const casesRouter = router({
  list: staffProcedure('agent', 'dispatcher')
    .input(caseListInput)
    .query(({ ctx, input }) => listCases(ctx.db, input)),

  get: staffProcedure('agent', 'dispatcher')
    .input(z.object({ caseId: z.string().uuid() }))
    .query(async ({ ctx, input }) => {
      const summary = await findCaseSummary(ctx.db, input.caseId);
      if (!summary) throw new DomainError('not_found', 'No case has that id');
      return { ...summary, timeline: await caseTimeline(ctx.db, input.caseId) };
    }),

  addNote: staffProcedure('agent', 'dispatcher')
    .input(caseNoteInput)
    .mutation(async ({ ctx, input }) => {
      await addCaseNote(ctx.db, input.caseId, input.text, staffActor(ctx.user), ctx.clock.now());
      return { ok: true as const };
    }),
});
