// All three sync benches in one run, one file after another (no two compete for the two cores): the store apply,
// the pull over the wire and the durable queue. Run: npx vitest run --config bench/sync/all.vitest.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/sync/store.bench.test.ts', 'bench/sync/pull.ts', 'bench/sync/queue.ts'],
    environment: 'node',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
  },
});
