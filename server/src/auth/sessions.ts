import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import { sessionLifetimeMs, type Role, type SessionUser } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { sessions, users } from '../db/schema.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function sessionLifetimeFor(role: Role): number {
  return role === 'crew' ? sessionLifetimeMs.crew : sessionLifetimeMs.staff;
}

export async function createSession(db: Db, userId: string, role: Role, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetimeFor(role));
  await db.insert(sessions).values({ id: hashToken(token), userId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

export const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  crewId: users.crewId,
};

export async function findSessionUser(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const [row] = await db
    .select(sessionUserColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lte(sessions.expiresAt, now));
}
