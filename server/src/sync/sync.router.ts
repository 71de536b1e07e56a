import { pullInput, pushInput, type PullResultV1, type PushResultV1 } from '@kerbside/shared';
import { crewProcedure, router } from '../trpc.js';
import { pullChanges } from './pull.js';
import { pushMutations } from './push.js';

export const syncRouter = router({
  pull: crewProcedure.input(pullInput.extend({ deviceId: pushInput.shape.deviceId.optional() })).query(
    ({ ctx, input }): Promise<PullResultV1> =>
      pullChanges(ctx.db, { ...ctx.crew, deviceId: input.deviceId ?? null }, input.cursor, ctx.clock.now()),
  ),

  push: crewProcedure.input(pushInput).mutation(
    async ({ ctx, input }): Promise<PushResultV1> => ({
      results: await pushMutations(ctx.db, { ...ctx.crew, deviceId: input.deviceId }, input.mutations, ctx.clock.now()),
    }),
  ),
});
