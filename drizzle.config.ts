import { defineConfig } from 'drizzle-kit';

// Each domain declares its tables in src/<domain>/*.tables.ts; drizzle-kit diffs them into
// drizzle/sqlite/. PostgreSQL's migrations come from the same tables: drizzle.pg.config.ts.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/**/*.tables.ts',
  out: './drizzle/sqlite',
});
