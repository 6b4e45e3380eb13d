import { defineConfig } from 'drizzle-kit';

// The same tables as drizzle.config.ts, in PostgreSQL's types (drizzle/pg.schema.ts), diffed into drizzle/pg/.
export default defineConfig({
  dialect: 'postgresql',
  schema: './drizzle/pg.schema.ts',
  out: './drizzle/pg',
});
