import { existsSync } from 'node:fs';
import { createDatabase, dropDatabase } from './support/database.js';
import { clientDir, startServer } from './support/server.js';
import { startTileServer } from './support/tile-server.js';

/** One seeded server on a fresh PostgreSQL database for the whole run. */
export default async function globalSetup() {
  if (!existsSync(`${clientDir}/index.html`)) throw new Error('Build the client first: pnpm --filter @kerbside/client build');
  const databaseUrl = await createDatabase();
  const tiles = await startTileServer();
  const server = await startServer({ databaseUrl, env: { TILE_URL: tiles.template, INTAKE_REPORTS_PER_HOUR: '200', INTAKE_UPLOADS_PER_HOUR: '500' } });
  process.env.KERBSIDE_E2E_URL = server.url;
  process.env.KERBSIDE_E2E_DATABASE_URL = databaseUrl;
  return async () => {
    await server.stop();
    await tiles.close();
    await dropDatabase(databaseUrl);
  };
}
