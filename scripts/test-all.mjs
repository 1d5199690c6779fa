#!/usr/bin/env node
// `npm test`: typecheck, lint, build, unit/contract/architecture tests (vitest), then E2E in headless Chromium.
// Ends with one line "N passed, N failed" over every vitest test that ran (unit + E2E).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reportDir = mkdtempSync(join(tmpdir(), 'goodies-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function step(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (!ok) failures.push(name);
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
}

step('typecheck (main, preload, shared, tests)', npx, ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
step('typecheck (renderer)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
step('typecheck (renderer tests)', npx, ['tsc', '-p', 'tsconfig.renderer-tests.json', '--noEmit']);
step('lint', npx, ['eslint', '.', '--max-warnings=0']);
const built = step('build', 'npm', ['run', 'build', '--silent']);

const unitReport = join(reportDir, 'unit.json');
step('unit, contract and architecture tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
if (!countVitest(unitReport)) failures.push('unit report missing');

const repoReport = join(reportDir, 'repo.json');
step('repository checks (fresh clone, Electron security scan)', npx, ['vitest', 'run', '--config', 'vitest.repo.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${repoReport}`]);
if (!countVitest(repoReport)) failures.push('repository report missing');

if (built) {
  const e2eReport = join(reportDir, 'e2e.json');
  step('end-to-end (browser mode, headless Chromium)', 'node', ['scripts/run-e2e.mjs', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`]);
  if (!countVitest(e2eReport)) failures.push('e2e report missing');
} else {
  failures.push('e2e skipped: build failed');
}

rmSync(reportDir, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
// A failed typecheck, lint or build step counts as one failure each, so a red run never prints "0 failed".
const failedSteps = failures.filter((f) => !f.startsWith('unit, contract') && !f.startsWith('repository checks') && !f.startsWith('end-to-end')).length;
const failed = totals.failed + failedSteps + (totals.failed === 0 && failures.length > failedSteps ? 1 : 0);
console.log(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failures.length ? 1 : 0);
