// Lint: typescript-eslint's type-aware rules, plus the layers as import boundaries (docs in README "Layout").
// Formatting is Prettier's (`npm run format`); eslint-config-prettier turns off ESLint's formatting rules.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Layers, lowest first. A layer may import its own and lower layers only:
// - base: errors, config, paths, shared (undo), db, observability, graphql helpers, auth primitives;
// - cloud: the driver contract and the drivers (sim, openstack);
// - domain: identity, compute, network, storage, tickets, audit, and resources (the base per-request deps they share);
// - http, cli, entry points (main, bootstrap) compose everything.
const elements = [
  { type: 'base', pattern: ['src/errors.ts', 'src/config.ts', 'src/paths.ts', 'src/production-mode.ts', 'src/shared/**', 'src/db/**', 'src/observability/**', 'src/graphql/**', 'src/auth/**'], mode: 'full' },
  { type: 'cloud', pattern: 'src/cloud/**', mode: 'full' },
  { type: 'domain', pattern: ['src/identity/**', 'src/compute/**', 'src/network/**', 'src/storage/**', 'src/tickets/**', 'src/audit/**', 'src/resources/**'], mode: 'full' },
  { type: 'app', pattern: ['src/http/**', 'src/cli/**', 'src/main.ts', 'src/bootstrap.ts'], mode: 'full' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/gql/**', 'examples/gql/**', 'drizzle/**', '.devcloud/**', '.venv-fuzz/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: { 'boundaries/elements': elements, 'boundaries/include': ['src/**/*'] },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'base', allow: ['base'] },
            { from: 'cloud', allow: ['base', 'cloud'] },
            { from: 'domain', allow: ['base', 'cloud', 'domain'] },
            { from: 'app', allow: ['base', 'cloud', 'domain', 'app'] },
          ],
        },
      ],
    },
  },
  prettier,
);
