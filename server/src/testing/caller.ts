import type { SessionUser } from '@kerbside/shared';
import { SignInLimiter } from '../auth/sign-in-limiter.js';
import { fixedClock, type Clock } from '../clock.js';
import type { AppServices, Context } from '../context.js';
import type { Db } from '../db/client.js';
import { MemoryPhotoStorage } from '../photos/storage.js';
import { appRouter } from '../router.js';
import { AttemptLimiter } from '../tracking/attempt-limiter.js';
import { createCallerFactory } from '../trpc.js';

const createCaller = createCallerFactory(appRouter);

export function testServices(db: Db, clock: Clock = fixedClock(new Date('2026-12-01T10:00:00Z'))): AppServices {
  return { db, clock, limiter: new SignInLimiter(), photoStorage: new MemoryPhotoStorage(), trackingLimiter: new AttemptLimiter() };
}

/** A tRPC caller acting as `user` (or anonymous). `cookies` records the session cookie it would have set. */
export function callerFor(
  services: AppServices,
  user: SessionUser | null,
  extra: Partial<Context> = {},
  cookies: { token: string | null } = { token: null },
) {
  const ctx: Context = {
    ...services,
    user,
    sessionToken: null,
    address: '127.0.0.1',
    cookie: { set: (token) => void (cookies.token = token), clear: () => void (cookies.token = null) },
    ...extra,
  };
  return createCaller(ctx);
}
