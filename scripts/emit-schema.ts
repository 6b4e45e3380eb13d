/**
 * Prints the schema built from the type-graphql classes into schema.graphql, or with --check fails
 * when the committed file differs (CI's drift check).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { canopySchema } from '../src/graph/schema';

async function main(): Promise<void> {
  const file = path.join(__dirname, '..', 'schema.graphql');
  const sdl = `${printSchema(lexicographicSortSchema(await canopySchema()))}\n`;
  if (!process.argv.includes('--check')) {
    fs.writeFileSync(file, sdl);
    console.log(`Wrote ${file}`);
    return;
  }
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== sdl) {
    console.error('schema.graphql is stale: run `npm run schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql matches the code.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
