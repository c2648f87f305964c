import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const frameworkPackages = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-ai/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'appPackage/build/**', 'bench/results/**', 'test-results/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', fetch: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly', performance: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // Teams AI v1 and the Bot Framework SDK are in maintenance: only src/bot/ may import them,
    // so a move to Teams SDK v2 or the Microsoft 365 Agents SDK stays local.
    files: ['src/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    ignores: ['src/bot/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: frameworkPackages, message: 'botbuilder/teams-ai imports belong in src/bot/ only.' }] }],
    },
  },
  {
    // graph/ is the Microsoft Graph client and nothing else: the sources built on it live in
    // knowledge/sources/, so knowledge → graph is the only direction (no import cycle).
    files: ['src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/knowledge/**', ...frameworkPackages], message: 'src/graph/ must not import knowledge/ (sources belong in src/knowledge/sources/) nor botbuilder/teams-ai.' }] }],
    },
  },
);
