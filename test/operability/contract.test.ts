import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, GraphQLInputObjectType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { canopySchema } from '../../src/graph/schema';
import { operationMap } from '../../scripts/operation-map';

const ROOT = path.join(__dirname, '..', '..');
/** The product spec sits beside the repository (../shared), in CI too. */
const PRODUCT = path.join(ROOT, '..', 'shared', 'PRODUCT.md');

/** The backticked names in the GraphQL column of PRODUCT.md's "Seed operation → GraphQL operation" table. */
function specifiedOperations(): string[] {
  const text = fs.readFileSync(PRODUCT, 'utf8');
  const table = text.slice(text.indexOf('| seed | GraphQL |'), text.indexOf('Key fields'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| seed') && !line.startsWith('|---'))
    .flatMap((line) => [...(line.split('|')[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

/**
 * Checks one spec token, e.g. `createServer(tenantId, imageId)`, `tenant.servers`,
 * `group(id).users`, `viewer: User`; a bare name after a query (`group(id)` with `children`) is a
 * field of that query's result.
 */
function problemsWith(token: string, schema: GraphQLSchema, previous: string | undefined): string[] {
  const dotted = /^(\w+)(?:\([^)]*\))?\.(\w+)/.exec(token);
  if (dotted) {
    const type = schema.getType(dotted[1][0].toUpperCase() + dotted[1].slice(1)) as GraphQLObjectType | undefined;
    return type?.getFields()[dotted[2]] ? [] : [`${token}: no field ${dotted[2]} on ${dotted[1]}`];
  }
  const call = /^(\w+)(?:\(([^)]*)\))?/.exec(token);
  if (!call) return [];
  const [, name, argList] = call;
  const query = schema.getQueryType()!.getFields()[name];
  const mutation = schema.getMutationType()!.getFields()[name];
  if (!query && !mutation) {
    const before = previous && schema.getQueryType()!.getFields()[/^\w+/.exec(previous)?.[0] ?? ''];
    const result = before ? (getNamedType(before.type) as GraphQLObjectType) : undefined;
    return !argList && result?.getFields()[name] ? [] : [`${token}: no query or mutation named ${name}`];
  }
  const args = (argList ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const known = mutation
    ? Object.keys(
        (
          getNamedType(mutation.args.find((a) => a.name === 'input')?.type) as GraphQLInputObjectType | undefined
        )?.getFields() ?? {},
      )
    : query.args.map((a) => a.name);
  return args.filter((arg) => !known.includes(arg)).map((arg) => `${token}: ${name} has no argument ${arg}`);
}

describe('the contract with PRODUCT.md and the docs', () => {
  // A clone without ../shared (outside the workplace) cannot check the spec; in CI it must.
  const withSpec = fs.existsSync(PRODUCT) || process.env.CI ? it : it.skip;
  withSpec("has every operation of PRODUCT.md's table, by its exact name and argument names", async () => {
    const schema = await canopySchema();
    const tokens = specifiedOperations();
    expect(tokens.length).toBeGreaterThan(60);
    expect(tokens.flatMap((token, i) => problemsWith(token, schema, tokens[i - 1]))).toEqual([]);
  });

  it('docs/API.md lists every query and mutation with the file of its resolver', async () => {
    const map = await operationMap();
    expect(map).not.toContain('(not found)');
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'API.md'), 'utf8')).toBe(map);
  });
});
