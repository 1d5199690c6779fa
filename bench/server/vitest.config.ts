import { defineConfig } from 'vitest/config';

// Run with: npx vitest run --config bench/server/vitest.config.ts
// GOODIES_BENCH_LOAD_SECONDS sets the load run's length (default 20; the full run is 120).
export default defineConfig({
  test: {
    include: ['bench/server/**/*.bench.test.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
  },
});
