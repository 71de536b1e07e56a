// Runs Kerbside: migrate, seed demo data on first run, serve the client and the API from one process.
import { buildApp } from './app.js';
import { SignInLimiter } from './auth/sign-in-limiter.js';
import { systemClock } from './clock.js';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/client.js';
import { startNoticeWorker } from './notices/start.js';
import { DiskPhotoStorage } from './photos/storage.js';
import { demoSignIns, seedDemoData } from './seed/demo.js';
import { AttemptLimiter } from './tracking/attempt-limiter.js';

const config = configFromEnv();
const database = openDatabase(config.database);
await database.migrate();
if (config.seedDemo) {
  const { created } = await seedDemoData(database.db);
  if (created) console.log('Seeded demo data for the London Borough of Sutton.');
}

const app = await buildApp({
  services: {
    db: database.db,
    clock: systemClock,
    limiter: new SignInLimiter(),
    photoStorage: new DiskPhotoStorage(`${config.dataDir}/photos`),
    trackingLimiter: new AttemptLimiter(),
  },
  clientDir: config.clientDir,
  tileUrl: config.tileUrl,
  trustProxy: config.trustProxy,
  logger: { level: config.logLevel },
});

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const url = config.publicUrl ?? `http://localhost:${port}`;
// NOTICE_WORKER=off for instances that should only serve requests; any number may run it.
const noticeWorker = config.notices.workerEnabled ? startNoticeWorker(database.db, config.notices, url, systemClock, app.log) : null;

const signIns = demoSignIns.map((s) => `  ${s.role.padEnd(10)} ${s.email.padEnd(34)} ${s.password}${s.crew ? `  (${s.crew})` : ''}`);
console.log(`
Kerbside is running at ${url}  (database: ${database.engine})
${config.seedDemo ? `Demo sign-ins:\n${signIns.join('\n')}\n` : ''}Stop with Ctrl+C.
`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  // The worker finishes the notice in hand, so nothing is left half-recorded.
  await Promise.all([app.close(), noticeWorker?.stop()]);
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
