// `pnpm --filter @kerbside/server seed`: seed the demo into the database the server would open
// (DATABASE_URL, else PGlite under the data directory), then print how to sign in.
import { configFromEnv } from '../config.js';
import { openDatabase } from '../db/client.js';
import { demoSignIns, seedDemoData } from './demo.js';

const config = configFromEnv();
const database = openDatabase(config.database);
try {
  await database.migrate();
  const started = performance.now();
  const { created } = await seedDemoData(database.db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    created
      ? `Seeded demo data for the London Borough of Sutton in ${seconds} s (${database.engine}).`
      : 'The database already has depots, so the demo data was left alone.',
  );
  console.log('Demo sign-ins (demo only, never on a real council server):');
  for (const s of demoSignIns) {
    console.log(`  ${s.role.padEnd(10)} ${s.email.padEnd(32)} ${s.password}${s.crew ? `  (${s.crew})` : ''}`);
  }
} finally {
  await database.close();
}
