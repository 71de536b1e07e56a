// `npm test`: every test from a fresh clone — typecheck, lint, unit and integration tests on PGlite
// and PostgreSQL, then the browser tests in Debian's Chromium against the built app.
import { ensureChromium, ensurePostgres } from './lib/services.mjs';
import { ensurePnpm, installWorkspace, log, run } from './lib/tools.mjs';

const started = Date.now();
const pnpm = await ensurePnpm();
await installWorkspace(pnpm);

const env = { ...process.env };
if (!(await ensurePostgres())) {
  if (process.env.CI) throw new Error('PostgreSQL is not answering on 127.0.0.1:5432, and CI must test on it.');
  console.warn('\n⚠ PostgreSQL is not answering on 127.0.0.1:5432: integration tests run on PGlite only, browser tests are skipped.');
  env.KERBSIDE_SKIP_POSTGRES = '1';
}
await ensureChromium();

const steps = [
  ['Typecheck', ['typecheck']],
  ['Lint', ['lint']],
  ['Unit and integration tests (PGlite and PostgreSQL)', ['exec', 'vitest', 'run']],
  ['Building the client', ['--filter', '@kerbside/client', 'build']],
  ...(env.KERBSIDE_SKIP_POSTGRES ? [] : [['Browser tests in Chromium', ['--filter', '@kerbside/e2e', 'test']]]),
];
for (const [title, args] of steps) {
  log(title);
  await run(pnpm, args, { env });
}
log(`All tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
