import { eq } from 'drizzle-orm';
import type { SessionUser, SignInInput } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { users } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { decoyHash, verifyPassword } from './password.js';
import { createSession, sessionUserColumns } from './sessions.js';
import type { SignInLimiter } from './sign-in-limiter.js';

/** One message for every wrong-credentials case, so it never says which part was wrong. */
export const wrongCredentials = 'The e-mail address or password is not right';

export interface SignInContext {
  db: Db;
  limiter: SignInLimiter;
  address: string;
  now: Date;
}

export async function signIn(
  { db, limiter, address, now }: SignInContext,
  input: SignInInput,
): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  if (!limiter.attempt(address, input.email, now.getTime())) {
    throw new DomainError('rate_limited', 'Too many sign-in attempts. Wait 15 minutes and try again.');
  }
  const [row] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  const ok = await verifyPassword(input.password, row?.passwordHash ?? decoyHash);
  if (!row || !ok || !row.active) {
    limiter.failed(input.email, now.getTime());
    throw new DomainError('unauthenticated', wrongCredentials);
  }
  limiter.succeeded(input.email);
  const { passwordHash: _hash, active: _active, ...user } = row;
  const session = await createSession(db, user.id, user.role, now);
  return { user, ...session };
}
