// Runs bench/llm/run.ts as a single vitest "test" so it executes TypeScript directly like the test suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/llm/run.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 1_500_000,
  },
});
