// Typed lint for the whole project: TypeScript's strict type-checked rules, the Astro plugin for .astro files.
// Run with `npm run lint` (part of `npm test`), at --max-warnings 0.
import js from '@eslint/js';
import globals from 'globals';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.tmp/',
      '.astro/',
      'package/dist/',
      'integrations/claude-code/hooks/llm-request-rejected.mjs',
      'test-results/',
      'playwright-report/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // The matcher indexes typed arrays it sized itself; with noUncheckedIndexedAccess, `!` says so at each read.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Arrow functions that return a call's void result (`() => void load()`, `(x) => list.push(x)`) read better terse.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Template literals with numbers are how this code writes sentences ("1 working day").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `_name` marks a value taken apart on purpose and left unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // In .astro templates the parser cannot resolve JSX expression types (they read as `error`), so the rules that
    // need them would flag every `{list.map(...)}`; the frontmatter is still linted by every other rule.
    files: ['**/*.astro'],
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Plain JavaScript tooling and config: no type information to check against.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
