import { defineConfig } from 'drizzle-kit';

// One pg-core schema, one set of migrations, run on both PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
