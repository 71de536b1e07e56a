import { notFixedInput, trackByTokenInput, trackLookupInput } from '@kerbside/shared';
import type { Context } from '../context.js';
import { publicProcedure, router } from '../trpc.js';
import type { TrackingAccess } from './guard.js';
import { notFixed, trackByContact, trackByToken } from './track.js';

const accessOf = (ctx: Context): TrackingAccess => ({ limiter: ctx.trackingLimiter, address: ctx.address, now: ctx.clock.now() });

/** The citizen's side: anonymous, and holding only the case's secret link (or their own contact details). */
export const trackingRouter = router({
  byToken: publicProcedure.input(trackByTokenInput).query(({ ctx, input }) => trackByToken(ctx.db, accessOf(ctx), input)),
  lookup: publicProcedure.input(trackLookupInput).mutation(({ ctx, input }) => trackByContact(ctx.db, accessOf(ctx), input)),
  notFixed: publicProcedure.input(notFixedInput).mutation(({ ctx, input }) => notFixed(ctx.db, accessOf(ctx), input)),
});
