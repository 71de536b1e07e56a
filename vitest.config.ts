import { defineConfig } from 'vitest/config';

// One run covers every package. Server integration tests run twice: on in-memory PGlite and on
// PostgreSQL (KERBSIDE_SKIP_POSTGRES=1 leaves the second out where no PostgreSQL is running).
const serverTests = ['server/src/**/*.test.ts'];
const withPostgres = process.env.KERBSIDE_SKIP_POSTGRES !== '1';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['shared/src/**/*.test.ts'] } },
      {
        test: {
          name: 'server-pglite',
          include: serverTests,
          env: { KERBSIDE_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'server-postgres',
                include: serverTests,
                env: { KERBSIDE_TEST_DB: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      { test: { name: 'client', include: ['client/src/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
