import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Renderer components (.tsx) compile as the app builds them: React's automatic JSX runtime.
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The whole-repository checks run in their own step (vitest.repo.config.ts): they are CPU-heavy.
    exclude: ['tests/e2e/**', 'node_modules/**', 'tests/repository/freshClone.test.ts', 'tests/security/electronSecurityScan.test.ts'],
    environment: 'node',
    // Two cores here: keep parallelism modest so timing-sensitive tests (aborts, breakers) stay honest.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
