import { assignManyInput, cancelJobInput, newJobInput, reassignJobInput } from '@kerbside/shared';
import { router, staffProcedure } from '../trpc.js';
import { assignMany, cancelJob, createJob, reassignJob } from './dispatch.js';

const actorOf = (user: { id: string; name: string }) => ({ type: 'user' as const, id: user.id, name: user.name });

export const jobsRouter = router({
  /** One job for one case, or for several cases of the same problem. */
  create: staffProcedure('dispatcher')
    .input(newJobInput)
    .mutation(({ ctx, input }) => createJob(ctx.db, input, actorOf(ctx.user), ctx.clock.now())),

  /** One job per case, all to one crew. */
  assignMany: staffProcedure('dispatcher')
    .input(assignManyInput)
    .mutation(({ ctx, input }) => assignMany(ctx.db, input, actorOf(ctx.user), ctx.clock.now())),

  reassign: staffProcedure('dispatcher')
    .input(reassignJobInput)
    .mutation(async ({ ctx, input }) => {
      await reassignJob(ctx.db, input.jobId, input.crewId, actorOf(ctx.user), ctx.clock.now());
      return { ok: true as const };
    }),

  cancel: staffProcedure('dispatcher')
    .input(cancelJobInput)
    .mutation(async ({ ctx, input }) => {
      await cancelJob(ctx.db, input.jobId, input.reason, actorOf(ctx.user), ctx.clock.now());
      return { ok: true as const };
    }),
});
