// Runs bench/ui/homeTreeUpdate.ts as one vitest "test" (TypeScript directly, like the test suite).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/ui/homeTreeUpdate.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
