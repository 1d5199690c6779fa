import { defineConfig } from 'vitest/config';

// Run with: npx vitest run --config bench/intents/vitest.config.ts
export default defineConfig({
  test: {
    include: ['bench/intents/**/*.bench.test.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
