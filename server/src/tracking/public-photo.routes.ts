import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { trackingNotFound } from '@kerbside/shared';
import type { AppServices } from '../context.js';
import { sendDomainError } from '../http/errors.js';
import { publicPhoto } from './track.js';

const request = z.object({
  params: z.object({ id: z.string().uuid() }),
  query: z.object({ ref: z.string().trim().toUpperCase().max(40), t: z.string().max(200) }),
});

/** `GET /api/public/photos/:id?ref=<reference>&t=<token>`: an after photo, without EXIF, for the tracking page. */
export async function publicPhotoRoutes(app: FastifyInstance, services: AppServices) {
  app.get('/api/public/photos/:id', async (req, reply) => {
    const parsed = request.safeParse({ params: req.params, query: req.query });
    // A malformed link gets the same answer as a wrong one.
    if (!parsed.success) return reply.code(404).send({ error: trackingNotFound, code: 'not_found' });
    const { params, query } = parsed.data;
    const access = { limiter: services.trackingLimiter, address: req.ip, now: services.clock.now() };
    try {
      const bytes = await publicPhoto(services.db, services.photoStorage, access, { reference: query.ref, token: query.t }, params.id);
      return reply
        .header('Content-Type', 'image/jpeg')
        // Private: the URL holds the case's secret, so shared caches must not keep it.
        .header('Cache-Control', 'private, max-age=3600')
        .header('Referrer-Policy', 'no-referrer')
        .send(bytes);
    } catch (error) {
      return sendDomainError(reply, error);
    }
  });
}
