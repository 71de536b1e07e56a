import type { FastifyReply } from 'fastify';
import { DomainError, httpStatusOf } from '../errors.js';

/** REST routes answer domain errors with their status and message; anything else is rethrown. */
export function sendDomainError(reply: FastifyReply, error: unknown) {
  if (!(error instanceof DomainError)) throw error;
  return reply.code(httpStatusOf[error.code]).send({ error: error.message, code: error.code });
}
