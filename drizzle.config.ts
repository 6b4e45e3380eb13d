import { defineConfig } from 'drizzle-kit';

// Each domain declares its tables in src/<domain>/*.tables.ts; drizzle-kit diffs them into drizzle/.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/**/*.tables.ts',
  out: './drizzle',
});
