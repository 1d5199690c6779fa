// Runs bench/sync/pull.ts as a single vitest "test" so it executes TypeScript directly like the test suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/sync/pull.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 1_200_000,
    hookTimeout: 600_000,
  },
});
