import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import type { AppServices } from './context.js';
import { contextFor } from './http/context.js';
import { contentSecurityPolicy, redactSecrets } from './http/security.js';
import { intakeRoutes } from './intake/intake.routes.js';
import { photoRoutes } from './photos/photos.routes.js';
import { serveClient } from './http/static-client.js';
import { publicPhotoRoutes } from './tracking/public-photo.routes.js';
import { appRouter, type AppRouter } from './router.js';

export interface AppConfig {
  services: AppServices;
  /** The built client to serve, or null for an API-only server. */
  clientDir: string | null;
  tileUrl: string;
  /** pino options (level); request URLs are logged with tracking tokens redacted. */
  logger?: { level: string } | false;
  trustProxy?: boolean;
}

export async function buildApp(config: AppConfig) {
  const { services } = config;
  const app = Fastify({
    logger: config.logger ? { ...config.logger, serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: redactSecrets(req.url) }) } } : false,
    trustProxy: config.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 5000 },
  });

  // Nothing internal leaves the server: 5xx answers carry a fixed sentence, never a message or stack.
  app.setErrorHandler((error: { statusCode?: number; message: string }, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) req.log.error(error);
    return reply.code(status).send({ error: status >= 500 ? 'Something went wrong on our side' : error.message });
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: contentSecurityPolicy(config.tileUrl),
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only means something over https; helmet sends it and browsers ignore it on http.
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
  });
  await app.register(fastifyCookie);

  app.get('/healthz', async (_req, reply) => {
    try {
      await services.db.execute(sql`select 1`);
      return { status: 'ok', database: 'reachable' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  app.get('/api/config', async () => ({ tileUrl: config.tileUrl }));

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) => contextFor(services, req, res),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register((scope) => photoRoutes(scope, services));
  await app.register((scope) => publicPhotoRoutes(scope, services));
  await app.register((scope) => intakeRoutes(scope, services));
  if (config.clientDir) await serveClient(app, config.clientDir);
  return app;
}
