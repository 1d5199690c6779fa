import { defineConfig } from 'vitest/config';

// Whole-repository checks (the fresh clone and the Electron security scan): CPU-heavy, so `npm test` runs them in a
// step of their own, one file at a time, instead of beside the timing-sensitive unit tests.
export default defineConfig({
  test: {
    include: ['tests/repository/freshClone.test.ts', 'tests/security/electronSecurityScan.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
