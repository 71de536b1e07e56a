import type { FastifyInstance, FastifyRequest } from 'fastify';
import { intakeUploadPath, maxPhotoBytes, type SessionUser } from '@kerbside/shared';
import type { AppServices } from '../context.js';
import { userFromRequest } from '../http/context.js';
import { sendDomainError } from '../http/errors.js';
import { storeAttachment } from './attachments.js';
import { intakeGuardFor } from './guard.js';

const mayUploadAsStaff = (user: SessionUser | null) => user?.role === 'agent' || user?.role === 'admin';

/**
 * `POST /api/intake/photos`: the raw bytes of a photo (or, for agents, a scanned letter as PDF).
 * Answers `{ id, contentType, byteSize }`; the case names the id when it is logged.
 * Register inside its own scope: it accepts any content type as bytes.
 */
export async function intakeRoutes(app: FastifyInstance, services: AppServices) {
  const uploaders = new WeakMap<FastifyRequest, SessionUser | null>();
  // Whatever type the browser claims (text/plain, application/json…), the body is bytes to sniff.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxPhotoBytes }, (_req, body, done) => done(null, body));

  app.setErrorHandler((error: { statusCode?: number; message: string }, req, reply) => {
    if (error.statusCode === 413) return reply.code(413).send({ error: 'The selected file must be smaller than 15 MB', code: 'too_large' });
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) req.log.error(error);
    return reply.code(status).send({ error: status >= 500 ? 'Something went wrong on our side' : error.message });
  });

  app.post(intakeUploadPath, {
    bodyLimit: maxPhotoBytes,
    // Before the body is read, so a flood of uploads costs little.
    onRequest: async (req, reply) => {
      const { user } = await userFromRequest(services, req);
      uploaders.set(req, user);
      if (!mayUploadAsStaff(user) && !intakeGuardFor(services.db).takeUpload(req.ip, services.clock.now())) {
        return reply.code(429).send({ error: 'Too many files have been sent from this connection. Please try again later.', code: 'rate_limited' });
      }
    },
    handler: async (req, reply) => {
      const user = uploaders.get(req) ?? null;
      if (!Buffer.isBuffer(req.body)) return reply.code(400).send({ error: 'Choose a file to upload', code: 'bad_input' });
      try {
        const staff = mayUploadAsStaff(user);
        const stored = await storeAttachment(
          services.db,
          services.photoStorage,
          { bytes: req.body, uploadedBy: staff ? user!.id : null, allowPdf: staff },
          services.clock.now(),
        );
        return reply.code(201).send(stored);
      } catch (error) {
        return sendDomainError(reply, error);
      }
    },
  });
}
