/**
 * Writes the route table of docs/REST.md (between its `<!-- routes -->` markers) from the route
 * table itself (src/rest/routes.ts): each route, the seed's section, the GraphQL operation(s) it
 * runs and its parameters. `--check` fails when the doc is stale (Prettier's column padding aside) (test/rest/docs.test.ts runs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Param } from '../src/rest/params';
import { operationName, Route } from '../src/rest/route';
import { ROUTES } from '../src/rest/routes';

const DOC = path.join(__dirname, '..', 'docs', 'REST.md');
const START = '<!-- routes: written by `npm run docs:rest` from src/rest/routes.ts -->';
const END = '<!-- /routes -->';

function param(p: Param, path: string): string {
  const where = path.includes(`${p.name}>`) ? ' (path)' : '';
  const aliases = p.aliases ? ` (also ${p.aliases.map((alias) => `\`${alias}\``).join(', ')})` : '';
  return `\`${p.name}\`${p.required ? '*' : ''}${where}${aliases} → ${p.field ? `\`${p.field}\`` : '—'}`;
}

function row(route: Route): string {
  const method = route.seedMethod ? `${route.method} (seed: ${route.seedMethod})` : route.method;
  const operations = route.operations
    .map((operation) => {
      const when = operation.whenGiven ? ` when \`${operation.whenGiven}\` is given` : '';
      const params = operation.params.map((p) => param(p, route.path)).join(', ');
      const field = /^[^{]*\{\s*([A-Za-z]+)/.exec(operation.document)?.[1];
      return `\`${field}\` (${operationName(operation.document)})${when}${params ? `: ${params}` : ''}`;
    })
    .join('; ');
  return `| ${method} | \`${route.path}\` | ${[route.seed].flat().join(' / ')} | ${operations} |`;
}

/** The table's lines as Prettier's padding and blank lines aside (it aligns columns): how --check and the test compare it. */
export function unpadded(text: string): string[] {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return text
    .slice(start, end + END.length)
    .split('\n')
    .map((line) => line.replace(/-{3,}/g, '---').replace(/[ \t]+/g, ''))
    .filter((line) => line !== '');
}

export function restTable(): string {
  return [
    START,
    '| method | URL | seed section | GraphQL operation: parameter → variable (`*` required) |',
    '|---|---|---|---|',
    ...ROUTES.map(row),
    END,
  ].join('\n');
}

function main(): void {
  const doc = fs.readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`docs/REST.md has no ${START} … ${END} section`);
  const next = `${doc.slice(0, start)}${restTable()}${doc.slice(end + END.length)}`;
  if (process.argv.includes('--check')) {
    if (unpadded(next).join('\n') !== unpadded(doc).join('\n')) {
      console.error('docs/REST.md is stale: run `npm run docs:rest`');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(DOC, next);
  console.log('docs/REST.md written; `npx prettier --write docs/REST.md` aligns it');
}

if (require.main === module) main();
