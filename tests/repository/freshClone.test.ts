// A fresh clone passes with nothing beside it. The bug this prevents: tests read the model from
// the workspace's shared models folder beside the repository, so a new contributor's `npm test` failed 16 tests.
// The committed HEAD is cloned into an empty temp folder (node_modules linked, no install, no network) and a
// representative part of the suite runs there, including the real local-model tests. Under strace (when the machine
// has it) every file the run touches is checked: nothing in the original checkout or beside it may be read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findOutsideReads } from './findOutsideReads';

const repoRoot = resolve(__dirname, '../..');
const isGitCheckout = spawnSync('git', ['-C', repoRoot, 'rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout.trim() === 'true';
// Inside the clone's own run this file is not selected, but guard against recursion anyway.
const nested = process.env.GOODIES_FRESH_CLONE === '1';

/** The model tests, the data path, resources, the CLI and the architecture scan: what used to reach outside. */
const REPRESENTATIVE_TESTS = [
  'tests/main/llm/LocalLlmProvider.test.ts',
  'tests/main/chat/LlmResponder.test.ts',
  'tests/main/platform/NodePlatform.test.ts',
  'tests/main/graph/demoHome.test.ts',
  'tests/main/cli/runCli.test.ts',
  'tests/architecture/imports.test.ts',
];

const strace = process.platform === 'linux' ? ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p)) : undefined;

describe.skipIf(!isGitCheckout || nested)('fresh clone (CI)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'goodies-clone-'));
  const clone = join(parent, 'goodies-desktop');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('clones HEAD with nothing beside it and passes the representative suite without reading outside the clone', { timeout: 300_000 }, () => {
    const cloned = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], { encoding: 'utf8' });
    expect(cloned.status, cloned.stderr).toBe(0);
    const nodeModules = realpathSync(join(repoRoot, 'node_modules'));
    symlinkSync(nodeModules, join(clone, 'node_modules'), 'dir');
    // Temp files of the tests stay inside the clone, so the trace can tell them apart from stray reads.
    const cloneTmp = join(clone, '.tmp');
    mkdirSync(cloneTmp);
    for (const file of REPRESENTATIVE_TESTS) expect(existsSync(join(clone, file)), `${file} is committed`).toBe(true);

    const traceFile = join(parent, 'trace.txt');
    const vitest = [process.execPath, join(clone, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.config.ts', ...REPRESENTATIVE_TESTS];
    const command = strace ? [strace, '-f', '-qq', '-s', '4096', '-e', 'trace=%file', '-o', traceFile, ...vitest] : vitest;
    const run = spawnSync(command[0]!, command.slice(1), {
      cwd: clone,
      encoding: 'utf8',
      timeout: 280_000,
      env: { ...process.env, GOODIES_FRESH_CLONE: '1', TMPDIR: cloneTmp, HOME: cloneTmp, XDG_CONFIG_HOME: join(cloneTmp, 'config'), CI: 'true' },
    });
    // eslint-disable-next-line no-control-regex
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(run.status, output.slice(-4000)).toBe(0);
    expect(output).toMatch(/Test Files\s+6 passed \(6\)/);

    if (!strace) {
      console.warn('strace is not installed: the clone passed with nothing beside it, but file reads were not traced.');
      return;
    }
    const outside = findOutsideReads(readFileSync(traceFile, 'utf8'), { clone, parent, originalRepo: realpathSync(repoRoot), allowed: [nodeModules] });
    expect(outside).toEqual([]);
  });

  it('a deliberate type error in a renderer test fails the renderer-test type check that npm test runs', { timeout: 120_000 }, () => {
    // Runs in the clone from the first test, so the real checkout is never touched.
    expect(existsSync(join(clone, 'node_modules')), 'the clone exists').toBe(true);
    const testAll = readFileSync(join(clone, 'scripts/test-all.mjs'), 'utf8');
    expect(testAll).toContain("'tsconfig.renderer-tests.json'");
    const broken = join(clone, 'tests/renderer/deliberateTypeError.test.ts');
    writeFileSync(broken, "import { it } from 'vitest';\nconst n: number = 'not a number';\nit('x', () => void n);\n");
    const tsc = spawnSync(process.execPath, [join(clone, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.renderer-tests.json', '--noEmit'], { cwd: clone, encoding: 'utf8' });
    expect(tsc.status).not.toBe(0);
    expect(tsc.stdout).toContain('deliberateTypeError.test.ts');
    expect(tsc.stdout).toContain('TS2322');
    rmSync(broken);
  });
});
