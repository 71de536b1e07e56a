import { signInInput } from '@kerbside/shared';
import { publicProcedure, router } from '../trpc.js';
import { endSession } from './sessions.js';
import { signIn } from './sign-in.js';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const { user, token, expiresAt } = await signIn(
      { db: ctx.db, limiter: ctx.limiter, address: ctx.address, now: ctx.clock.now() },
      input,
    );
    ctx.cookie.set(token, expiresAt);
    return user;
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await endSession(ctx.db, ctx.sessionToken);
    ctx.cookie.clear();
    return { ok: true as const };
  }),
});
