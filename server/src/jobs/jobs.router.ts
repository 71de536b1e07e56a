import { z } from 'zod';
import { priorities } from '@kerbside/shared';
import { router, staffProcedure } from '../trpc.js';
import { cancelJob, createJob, reassignJob } from './dispatch.js';

const actorOf = (user: { id: string; name: string }) => ({ type: 'user' as const, id: user.id, name: user.name });

export const jobsRouter = router({
  create: staffProcedure('dispatcher')
    .input(
      z.object({
        caseIds: z.array(z.string().uuid()).min(1, 'Choose at least one case').max(50),
        crewId: z.string().uuid(),
        priority: z.enum(priorities),
        dueAt: z.coerce.date(),
        instructions: z.string().trim().max(2000),
        accessNotes: z.string().trim().max(1000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => createJob(ctx.db, input, actorOf(ctx.user), ctx.clock.now())),

  reassign: staffProcedure('dispatcher')
    .input(z.object({ jobId: z.string().uuid(), crewId: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      await reassignJob(ctx.db, input.jobId, input.crewId, actorOf(ctx.user), ctx.clock.now());
      return { ok: true as const };
    }),

  cancel: staffProcedure('dispatcher')
    .input(z.object({ jobId: z.string().uuid(), reason: z.string().trim().min(1, 'Say why the job is cancelled').max(1000) }))
    .mutation(async ({ ctx, input }) => {
      await cancelJob(ctx.db, input.jobId, input.reason, actorOf(ctx.user), ctx.clock.now());
      return { ok: true as const };
    }),
});
