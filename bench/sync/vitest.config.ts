import { defineConfig } from 'vitest/config';

// Run with: npx vitest run --config bench/sync/vitest.config.ts
export default defineConfig({
  test: {
    include: ['bench/sync/**/*.bench.test.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
  },
});
