import type { FastifyReply, FastifyRequest } from 'fastify';
import { findSessionUser } from '../auth/sessions.js';
import type { AppServices, Context } from '../context.js';

export const sessionCookieName = 'ks_session';

/** Who is asking, from the session cookie; null for anyone not signed in. */
export async function userFromRequest(services: AppServices, req: FastifyRequest) {
  const sessionToken = req.cookies[sessionCookieName] ?? null;
  const user = sessionToken ? await findSessionUser(services.db, sessionToken, services.clock.now()) : null;
  return { user, sessionToken };
}

export async function contextFor(services: AppServices, req: FastifyRequest, reply: FastifyReply): Promise<Context> {
  const { user, sessionToken } = await userFromRequest(services, req);
  const secure = req.protocol === 'https';
  return {
    ...services,
    user,
    sessionToken: user ? sessionToken : null,
    address: req.ip,
    cookie: {
      set: (token, expiresAt) =>
        void reply.setCookie(sessionCookieName, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt }),
      clear: () => void reply.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
    },
  };
}
