import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const apiPrefixes = ['/trpc', '/api/', '/healthz', '/open311/'];

/** Serves the built client; any other GET for a page falls back to index.html (the SPA routes it). */
export async function serveClient(app: FastifyInstance, clientDir: string): Promise<void> {
  if (!existsSync(join(clientDir, 'index.html'))) {
    app.log.warn({ clientDir }, 'client is not built; only the API is served');
    return;
  }
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: false,
    setHeaders(res, path) {
      // Hashed assets never change; the shell, manifest and service worker must be revalidated.
      const immutable = path.includes('/assets/');
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((req, reply) => {
    const isPage = req.method === 'GET' && !apiPrefixes.some((p) => req.url.startsWith(p));
    if (isPage && (req.headers.accept ?? '').includes('text/html')) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'Not found' });
  });
}
