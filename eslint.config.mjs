// Lint: typescript-eslint's type-aware rules, plus the layers as import boundaries (docs in README "Layout").
// Formatting is Prettier's (`npm run format`); eslint-config-prettier turns off ESLint's formatting rules.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, lowest first. A layer may import its own and lower layers only:
// - base: errors, config, paths, time (clocks), shared (undo), db, observability, graphql helpers, auth primitives;
// - cloud: the driver contract and the drivers (sim, openstack);
// - domain: identity, compute, network, storage, tickets, audit, and resources (their per-request composition);
//   also the authorization policy (it knows the ticket workflow) and the resolvers' per-request Context (made of
//   the domains' services), though they live in src/auth and src/graphql;
// - app: http, cli, entry points (main, bootstrap) compose everything; so does the schema (every domain's resolvers).
// The layers are file categories, not elements: element patterns name folders, and every layer but cloud has single
// files. A file takes every category whose pattern matches it, hence the !(…) exclusions.
const layers = [
  {
    category: 'base',
    pattern: ['src/errors.ts', 'src/config.ts', 'src/paths.ts', 'src/production-mode.ts', 'src/time/**', 'src/shared/**', 'src/db/**', 'src/observability/**', 'src/graphql/!(context|schema).ts', 'src/auth/!(policy).ts'],
  },
  { category: 'cloud', pattern: 'src/cloud/**' },
  {
    category: 'domain',
    pattern: ['src/identity/**', 'src/compute/**', 'src/network/**', 'src/storage/**', 'src/tickets/**', 'src/audit/**', 'src/resources/**', 'src/auth/policy.ts', 'src/graphql/context.ts'],
  },
  { category: 'app', pattern: ['src/http/**', 'src/cli/**', 'src/main.ts', 'src/bootstrap.ts', 'src/graphql/schema.ts'] },
];
const layerPolicies = layers.map(({ category }, index) => ({
  from: { file: { categories: category } },
  allow: { to: { file: { categories: layers.slice(0, index + 1).map((lower) => lower.category) } } },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/gql/**', 'examples/gql/**', 'drizzle/**', '.devcloud/**', '.venv-fuzz/**', 'data/**'] },
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
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
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
