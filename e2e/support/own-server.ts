// A server of a test's own (its own database and settings), for tests that restart or kill it.
import { createDatabase, dropDatabase } from './database.js';
import { freePort, startServer, type RunningServer } from './server.js';

export interface OwnServer {
  url: string;
  databaseUrl: string;
  current(): RunningServer;
  /** Stops the server (SIGTERM, or SIGKILL to crash it) and starts it again, optionally with changed settings. */
  restart(signal?: NodeJS.Signals, env?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
  const databaseUrl = await createDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const settings = { databaseUrl, port, env: { PUBLIC_URL: url, ...env } };
  let server = await startServer(settings);
  return {
    url,
    databaseUrl,
    current: () => server,
    async restart(signal = 'SIGTERM', env = {}) {
      await server.stop(signal);
      settings.env = { ...settings.env, ...env };
      server = await startServer(settings);
    },
    async close() {
      await server.stop();
      await dropDatabase(databaseUrl);
    },
  };
}
