// Lint: typescript-eslint's type-aware rules, plus the layers as import boundaries (docs in README "Layout").
// Formatting is Prettier's (`npm run format`); eslint-config-prettier turns off ESLint's formatting rules.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, lowest first. A layer may import its own and lower layers only:
// - base: errors, config, paths, time (clocks), shared (undo), db, observability, graphql helpers, auth primitives,
//   live (the event bus of subscriptions);
// - cloud: the driver contract and the drivers (sim, openstack);
// - domain: identity, compute, network, storage, tickets, audit, and resources (the base per-request deps they share);
// - graph: the per-request Context and the schema, made of every domain; the domains' resolvers import the Context
//   as a type only (`import type`), which leaves no import at run time;
// - app: http, cli and the entry points (main, bootstrap) compose everything.
// The layers are file categories, not elements: element patterns name folders, and base has single files.
const layers = [
  {
    category: 'base',
    pattern: [
      'src/errors.ts',
      'src/config.ts',
      'src/paths.ts',
      'src/production-mode.ts',
      'src/time/**',
      'src/shared/**',
      'src/db/**',
      'src/observability/**',
      'src/graphql/**',
      'src/auth/**',
      'src/live/**',
    ],
  },
  { category: 'cloud', pattern: 'src/cloud/**' },
  {
    category: 'domain',
    pattern: [
      'src/identity/**',
      'src/compute/**',
      'src/network/**',
      'src/storage/**',
      'src/tickets/**',
      'src/audit/**',
      'src/resources/**',
    ],
  },
  { category: 'graph', pattern: 'src/graph/**' },
  // The seed's REST API runs GraphQL documents through the app's Apollo server, handed to it by http: it imports
  // only base (errors, graphql helpers), never a domain or the graph (policy below).
  { category: 'rest', pattern: 'src/rest/**' },
  { category: 'app', pattern: ['src/http/**', 'src/cli/**', 'src/main.ts', 'src/bootstrap.ts'] },
];
const categories = (file) => ({ file: { categories: file } });
const layerPolicies = [
  ...layers
    .filter(({ category }) => category !== 'rest')
    .map(({ category }, index, kept) => ({
      from: categories(category),
      allow: {
        to: categories([
          ...kept.slice(0, index + 1).map((lower) => lower.category),
          ...(category === 'app' ? ['rest'] : []),
        ]),
      },
    })),
  { from: categories('rest'), allow: { to: categories(['base', 'rest']) } },
  { from: categories('domain'), allow: { to: categories('graph'), dependency: { kind: 'type' } } },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test/gql/**',
      'examples/gql/**',
      'drizzle/**',
      '.devcloud/**',
      '.venv-fuzz/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // As tsc's noUnusedParameters: a parameter named _x is kept for its place (express tells an error handler by its
      // four), and `const { dropped: _x, ...kept } = row` is how a field is left out.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Field resolvers answer plain values where they can (src/graphql/maybe-promise.ts), so Promise.all gets mixed arrays.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  // The .js and .mjs files are Node configs and scripts; the .js ones are CommonJS (no "type" in package.json),
  // because jest require()s its configs and reporters, so require() is how they import.
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/files': layers,
      'boundaries/include': ['src/**/*'],
      // The default node resolver knows only .js-like extensions; without .ts no import resolves and nothing is checked.
      'import/resolver': { node: { extensions: ['.ts'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
      // A src file in no layer would escape the check above.
      'boundaries/no-unknown-files': 'error',
    },
  },
  prettier,
);
