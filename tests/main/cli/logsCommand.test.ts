// `goodies logs [--follow]` reads the data folder's logs/ back: readable lines, raw JSON with --json, and new lines
// as they are written with --follow (stopped by the same signal as Ctrl+C).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import { createFileLogger } from '../../../src-main/logging/PinoFileLogger';

describe('goodies logs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-logs-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[], stopSignal?: AbortSignal, onOut?: (text: string) => void) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      stdout: (t) => {
        out.push(t);
        onOut?.(t);
      },
      stderr: (t) => void err.push(t),
      ...(stopSignal ? { stopSignal } : {}),
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it('prints the last lines readably, or as JSON lines with --json', async () => {
    const logger = await createFileLogger({ logsDir: join(dir, 'logs'), runtime: 'cli' });
    logger.info('first');
    logger.error('call failed', { correlation_id: 'abc-123', err: new Error('boom') });
    await logger.dispose();
    const human = await run(['--data-dir', dir, 'logs', '-n', '1']);
    expect(human.code).toBe(0);
    expect(human.stderr).toContain(join(dir, 'logs'));
    expect(human.stdout).toMatch(/ERROR \[cli\] call failed ref=abc-123\n {2}Error: boom\n\s+at /);
    expect(human.stdout).not.toContain('first');
    const json = await run(['--data-dir', dir, '--json', 'logs']);
    const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(['first', 'call failed']);
  });

  it('--follow prints lines written after it started, until stopped', async () => {
    const logger = await createFileLogger({ logsDir: join(dir, 'logs'), runtime: 'browser' });
    logger.info('before');
    const stop = new AbortController();
    let seen = '';
    const following = run(['--data-dir', dir, 'logs', '--follow', '-n', '0'], stop.signal, (t) => {
      seen += t;
      if (seen.includes('after')) stop.abort();
    });
    await new Promise((r) => setTimeout(r, 300));
    logger.warn('after', { correlation_id: 'xyz' });
    const result = await following;
    await logger.dispose();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/WARN \[browser\] after ref=xyz/);
    expect(result.stdout).not.toContain('before');
  });

  it('says so when there are no logs yet, and refuses a bad --lines', async () => {
    const empty = await run(['--data-dir', dir, 'logs']);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toMatch(/No log files yet/);
    expect((await run(['--data-dir', dir, 'logs', '-n', 'many'])).code).toBe(2);
  });

  it('a bug outside a call (a corrupt database) is logged with its stack, and the error names the log file and the reference', async () => {
    writeFileSync(join(dir, 'goodies.db'), 'this is not a database, just some text that is long enough'.repeat(100));
    const result = await run(['--data-dir', dir, 'info']);
    expect(result.code).toBe(1);
    const match = /The details are in the log file (\S+) \(reference ([\w-]+)\)/.exec(result.stderr);
    expect(match, result.stderr).not.toBeNull();
    const [, file, reference] = match!;
    expect(file!.startsWith(join(dir, 'logs'))).toBe(true);
    const line = readFileSync(file!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { correlation_id?: string; msg: string; err?: { stack?: string } }).find((l) => l.correlation_id === reference);
    expect(line?.msg).toBe('command failed');
    expect(line?.err?.stack).toMatch(/\n\s+at /);
  });
});
