import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { root: '/work/main', include: ['bench/sync/pull.ts'], environment: 'node', maxWorkers: 1, pool: 'forks', execArgv: ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'], testTimeout: 1_200_000, hookTimeout: 600_000 },
});
