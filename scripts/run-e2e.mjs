#!/usr/bin/env node
// Runs the Playwright E2E suite (vitest + playwright-core) against browser mode in Debian's Chromium.
// Never downloads a browser: it uses CHROMIUM_PATH or /usr/bin/chromium and says how to install it if missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`E2E needs Chromium at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
for (const built of ['out/renderer/index.html', 'out/cli/main.js']) {
  if (!existsSync(built)) {
    console.error(`E2E needs the build (${built} is missing): run npm run build first.`);
    process.exit(1);
  }
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
