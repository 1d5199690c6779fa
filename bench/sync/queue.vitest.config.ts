// Runs bench/sync/queue.ts as a single vitest "test" so it executes TypeScript directly like the test suite.
// (Its own config file: bench/sync may hold other sync benches with theirs.)
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/sync/queue.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 600_000,
  },
});
