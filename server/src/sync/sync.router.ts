import { pullInput, pushInput, type PullResultV1, type PushResultV1 } from '@kerbside/shared';
import { DomainError } from '../errors.js';
import { crewProcedure, router } from '../trpc.js';
import { pullChanges } from './pull.js';
import { pushMutations } from './push.js';

export const syncRouter = router({
  pull: crewProcedure.input(pullInput.extend({ deviceId: pushInput.shape.deviceId.optional() })).query(
    ({ ctx, input }): Promise<PullResultV1> =>
      pullChanges(ctx.db, { ...ctx.crew, deviceId: input.deviceId ?? null }, input.cursor, ctx.clock.now()),
  ),

  push: crewProcedure.input(pushInput).mutation(async ({ ctx, input }): Promise<PushResultV1> => {
    // The session changed while the request was on its way: never apply one person's work as another's.
    if (input.userId && input.userId !== ctx.user.id) {
      throw new DomainError('forbidden', 'This work belongs to someone else. It will be sent when they sign in again.');
    }
    return { results: await pushMutations(ctx.db, { ...ctx.crew, deviceId: input.deviceId }, input.mutations, ctx.clock.now()) };
  }),
});
