import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { maxPhotoBytes, photoKinds, photoUploadHeaders as h } from '@kerbside/shared';
import type { AppServices } from '../context.js';
import { userFromRequest } from '../http/context.js';
import { sendDomainError } from '../http/errors.js';
import { photoForViewer } from './access.js';
import { storeCrewPhoto } from './upload.js';

const uploadHeaders = z.object({
  [h.sha256]: z.string().regex(/^[0-9a-fA-F]{64}$/, 'x-photo-sha256 must be the hex SHA-256 of the bytes'),
  [h.jobId]: z.string().uuid('x-job-id must be the job id'),
  [h.kind]: z.enum(photoKinds).exclude(['report']),
  [h.width]: z.coerce.number().int().min(1).max(20_000).optional(),
  [h.height]: z.coerce.number().int().min(1).max(20_000).optional(),
});
const idParam = z.object({ id: z.string().uuid('The photo id must be a UUID') });

/** `PUT /api/photos/:id` (raw bytes, crew) and `GET /api/photos/:id` (staff, or the job's crew). */
export async function photoRoutes(app: FastifyInstance, services: AppServices) {
  // Bytes of any declared type arrive as a Buffer; what they are is decided by sniffing them.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxPhotoBytes + 1 }, (_req, body, done) => done(null, body));

  app.put('/api/photos/:id', { bodyLimit: maxPhotoBytes + 1 }, async (req, reply) => {
    const { user } = await userFromRequest(services, req);
    if (!user) return reply.code(401).send({ error: 'Sign in to continue' });
    if (user.role !== 'crew' || !user.crewId) return reply.code(403).send({ error: 'Only crew members upload job photos' });
    const params = idParam.safeParse(req.params);
    const headers = uploadHeaders.safeParse(req.headers);
    if (!params.success || !headers.success) {
      const issue = (params.error ?? headers.error)!.issues[0]!;
      return reply.code(400).send({ error: `${issue.path.join('.')}: ${issue.message}`, code: 'bad_input' });
    }
    if (!Buffer.isBuffer(req.body)) return reply.code(400).send({ error: 'Send the photo bytes as the request body', code: 'bad_input' });
    try {
      const result = await storeCrewPhoto(
        services.db,
        services.photoStorage,
        { userId: user.id, userName: user.name, crewId: user.crewId },
        {
          id: params.data.id,
          jobId: headers.data[h.jobId],
          kind: headers.data[h.kind],
          sha256: headers.data[h.sha256],
          bytes: req.body,
          width: headers.data[h.width] ?? null,
          height: headers.data[h.height] ?? null,
        },
        services.clock.now(),
      );
      return reply.code(result.status === 'stored' ? 201 : 200).send(result);
    } catch (error) {
      return sendDomainError(reply, error);
    }
  });

  app.get('/api/photos/:id', async (req, reply) => {
    const { user } = await userFromRequest(services, req);
    if (!user) return reply.code(401).send({ error: 'Sign in to continue' });
    const params = idParam.safeParse(req.params);
    if (!params.success) return reply.code(400).send({ error: 'The photo id must be a UUID', code: 'bad_input' });
    const photo = await photoForViewer(services.db, params.data.id, user);
    const bytes = photo ? await services.photoStorage.get(photo.storageKey) : null;
    if (!photo || !bytes) return reply.code(404).send({ error: 'No such photo' });
    return reply
      .header('Content-Type', photo.contentType)
      .header('Cache-Control', 'private, max-age=86400, immutable')
      .header('Content-Disposition', 'inline')
      .send(bytes);
  });
}
