// Lint rules that keep the process boundaries honest (see ../shared/STYLE.md "Boundaries that a tool checks").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const electronOnlyInShell = {
  'no-restricted-imports': ['error', {
    paths: [{ name: 'electron', message: 'Only src-main/app, src-main/platform and src-main/ipc may import electron.' }],
  }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'no-console': 'off',
    },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
  },
  {
    files: ['src-main/**/*.ts', 'src-shared/**/*.ts', 'src-server/**/*.ts', 'src-node-shared/**/*.ts'],
    ignores: ['src-main/app/**', 'src-main/platform/**', 'src-main/ipc/**'],
    rules: electronOnlyInShell,
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to main only through bridge/.' }],
        patterns: [
          { group: ['node:*'], message: 'The renderer has no Node APIs.' },
          { group: ['**/src-main/**', '**/src-server/**', '**/src-node-shared/**'], message: 'The renderer may only import the contract and src-shared.' },
        ],
      }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'src-shared is pure.' }],
        patterns: [{ group: ['node:*', '**/src-main/**', '**/src-renderer/**', '**/src-preload/**', '**/src-server/**', '**/src-node-shared/**'], message: 'src-shared is pure and imports no process code.' }],
      }],
    },
  },
  {
    // The home server: src-shared and src-node-shared only (see tests/architecture/imports.test.ts).
    files: ['src-server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The home server is plain Node.' }],
        patterns: [{ group: ['**/src-main/**', '**/src-preload/**', '**/src-renderer/**'], message: 'src-server imports only src-shared and src-node-shared.' }],
      }],
    },
  },
  {
    files: ['src-node-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'src-node-shared is plain Node.' }],
        patterns: [{ group: ['**/src-main/**', '**/src-preload/**', '**/src-renderer/**', '**/src-server/**'], message: 'src-node-shared imports only src-shared.' }],
      }],
    },
  },
);
