import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The folders of src/ form a DAG (README "Layout", "### Layers"): a folder imports only lower
 * ones. ESLint's boundaries see layers, not the folders inside one; this sees every folder. The
 * one edge allowed upward is `import type` from src/graph: resolvers take the request Context.
 */
const SRC = path.join(__dirname, '..', '..', 'src');

/** The folder of a file under src/, or the file's own name for src/*.ts (errors, config, main…). */
function folderOf(file: string): string {
  const [first] = path.relative(SRC, file).split(path.sep);
  return first.replace(/\.ts$/, '');
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Erased at compile time: `import type …`, `import { type A, type B }`, `export type … from`. */
function typeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** folder → folder it imports → the files that do. */
function folderGraph(): Map<string, Map<string, Set<string>>> {
  const graph = new Map<string, Map<string, Set<string>>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const to = folderOf(path.resolve(path.dirname(file), specifier.text));
      if (to === from || (to === 'graph' && typeOnly(statement))) continue;
      const edges = graph.get(from) ?? new Map<string, Set<string>>();
      graph.set(from, edges.set(to, (edges.get(to) ?? new Set()).add(path.relative(SRC, file))));
    }
  }
  return graph;
}

/** Tarjan's strongly connected components of more than one folder: each is a circle of imports. */
function circles(graph: Map<string, Map<string, Set<string>>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** A circle with the imports that make it, e.g. "compute -> storage (compute/server.service.ts)". */
function edgesOf(circle: string[], graph: Map<string, Map<string, Set<string>>>): string[] {
  return circle.flatMap((from) =>
    [...(graph.get(from) ?? new Map<string, Set<string>>())]
      .filter(([to]) => circle.includes(to))
      .map(([to, files]) => `${from} -> ${to} (${[...files].join(', ')})`),
  );
}

/** The cloud resource domains, lowest first, on identity; each may import only those before it. */
const RESOURCE_ORDER = ['identity', 'resources', 'network', 'storage', 'compute'];

describe('the folders of src/ import each other in no circle', () => {
  const graph = folderGraph();

  it('sees the imports (a sanity check of the scan)', () => {
    expect([...(graph.get('compute')?.keys() ?? [])]).toEqual(
      expect.arrayContaining(['resources', 'storage', 'network', 'identity']),
    );
  });

  it('compute, network, storage and the shared resources/ are in no circle', () => {
    const resourceFolders = ['compute', 'network', 'storage', 'resources'];
    const involved = circles(graph).filter((circle) => circle.some((folder) => resourceFolders.includes(folder)));
    expect(involved.map((circle) => edgesOf(circle, graph))).toEqual([]);
  });

  it('identity < resources/ < network < storage < compute: none imports a later one', () => {
    const upward = RESOURCE_ORDER.flatMap((from, i) =>
      edgesOf([from, ...RESOURCE_ORDER.slice(i + 1)], graph).filter((edge) => edge.startsWith(`${from} -> `)),
    );
    expect(upward).toEqual([]);
  });

  // The seed's REST API runs GraphQL documents through what src/http hands it (src/http/server.ts):
  // no service, repository, driver or the graph is within its reach, so it cannot become a second
  // implementation of any rule. src/errors.ts and the graphql helpers are all it may import.
  it('src/rest imports only errors and the graphql helpers, and only http imports it', () => {
    expect([...(graph.get('rest')?.keys() ?? [])].filter((to) => !['errors', 'graphql'].includes(to))).toEqual([]);
    expect([...graph.get('rest')!.keys()]).toContain('errors');
    const importers = [...graph].filter(([, edges]) => edges.has('rest')).map(([from]) => from);
    expect(importers).toEqual(['http']);
  });

  // On the code before issue 12 the one circle went through identity too: tenant.service imported
  // network's default network, now in src/cloud (driver calls only).
  it('no other folder is in a circle either', () => {
    expect(circles(graph).map((circle) => edgesOf(circle, graph))).toEqual([]);
  });
});
