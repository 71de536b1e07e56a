import type { SessionUser } from '@kerbside/shared';
import type { SignInLimiter } from './auth/sign-in-limiter.js';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';
import type { PhotoStorage } from './photos/storage.js';
import type { AttemptLimiter } from './tracking/attempt-limiter.js';

/** What the server holds for its whole life, shared by every request. */
export interface AppServices {
  db: Db;
  clock: Clock;
  limiter: SignInLimiter;
  photoStorage: PhotoStorage;
  /** Failed tracking-page look-ups per address. */
  trackingLimiter: AttemptLimiter;
}

export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** One request's view: the services, who is asking, and how to answer with a cookie. */
export interface Context extends AppServices {
  user: SessionUser | null;
  sessionToken: string | null;
  address: string;
  cookie: SessionCookie;
}
