import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from './db/client.js';
import { noticeConfigFromEnv, type NoticeConfig } from './notices/notice-config.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  dataDir: string;
  clientDir: string;
  tileUrl: string;
  publicUrl: string | null;
  seedDemo: boolean;
  logLevel: string;
  trustProxy: boolean;
  notices: NoticeConfig;
}

/** Everything the server reads from its environment, in one place. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const dataDir = env.DATA_DIR ?? `${repoRoot}data`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    database: env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: `${dataDir}/pglite` },
    dataDir,
    clientDir: env.CLIENT_DIR ?? `${repoRoot}client/dist`,
    tileUrl: env.TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    publicUrl: env.PUBLIC_URL ?? null,
    seedDemo: env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true',
    notices: noticeConfigFromEnv(env),
  };
}
