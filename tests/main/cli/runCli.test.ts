// The `goodies` command run in-process with captured output and a temp --data-dir: exit codes, usage errors, the
// error format, and `serve` end to end (real server, real HTTP and WebSocket).
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { runCli } from '../../../src-main/cli/runCli';
import type { CliIo } from '../../../src-main/cli/CliIo';
import { MAX_IMPORT_BYTES } from '../../../src-preload/contract';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function captureIo(extra: Partial<CliIo> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), ...extra };
}

async function run(...argv: string[]): Promise<Run> {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('goodies CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help with every command and exits 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    for (const command of ['ask', 'home', 'tool', 'import', 'export', 'serve', '--data-dir', '--json']) expect(result.stdout).toContain(command);
  });

  it('exits 2 on usage errors: no command, unknown command, missing argument, unknown option', async () => {
    for (const argv of [[], ['frobnicate'], ['ask'], ['home', 'show'], ['ask', 'hi', '--colour'], ['serve', '--port']]) {
      const result = await run('--data-dir', dir, ...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.length, argv.join(' ')).toBeGreaterThan(0);
    }
    expect((await run('frobnicate')).stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it('refuses bad --args JSON with a clear usage error before touching the core', async () => {
    const bad = await run('--data-dir', dir, 'tool', 'list_rooms', '--args', '{room: Kitchen}');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Error \(validation\): --args is not valid JSON \(.+\)\. Example: --args '\{"query":"thermostat"\}'\n$/);
    const array = await run('--data-dir', dir, 'tool', 'list_rooms', '--args', '[1,2]');
    expect(array.code).toBe(2);
    expect(array.stderr).toContain('--args must be a JSON object');
    expect(array.stderr).toContain('got an array');
  });

  it('prints the error shape as JSON on stdout with --json', async () => {
    const result = await run('--json', '--data-dir', dir, 'tool', 'x', '--args', 'nope');
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stdout) as { ok: boolean; error: Record<string, unknown> };
    expect(parsed.ok).toBe(false);
    expect(parsed.error).toMatchObject({ type: 'validation', retryable: false });
    expect(parsed.error.correlation_id).toEqual(expect.any(String));
  });

  it('goes through the contract boundary: --data-dir is honoured and bad arguments are refused by the schema', async () => {
    const info = await run('--data-dir', dir, '--json', 'info');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ dataDir: dir, runtime: 'browser' });
    const blank = await run('--data-dir', dir, 'ask', '   ');
    expect(blank.code).toBe(1);
    expect(blank.stderr).toBe('Error (validation): text: Type a question first.\n');
    const unknownTool = await run('--data-dir', dir, 'tool', 'no_such_tool_anywhere', '--args', '{}');
    expect(unknownTool.code).toBe(1);
    expect(unknownTool.stderr).toMatch(/^Error \((unknown_call|not_found|unavailable|validation)\): .+/);
  });

  it('refuses missing and oversized import files without reading them', async () => {
    const missing = await run('--data-dir', dir, 'import', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error \(not_found\): Cannot read .*nope\.json: ENOENT\.\n$/);
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_IMPORT_BYTES + 1);
    const tooLarge = await run('--data-dir', dir, 'import', huge);
    expect(tooLarge.code).toBe(1);
    expect(tooLarge.stderr).toMatch(/^Error \(too_large\): .*imports are limited to 50 MiB\.\n$/);
  });

  it('serve: validates --port and needs a built UI', async () => {
    expect((await run('--data-dir', dir, 'serve', '--port', 'http')).code).toBe(2);
    expect((await run('--data-dir', dir, 'serve', '--port', '70000')).code).toBe(2);
    const notBuilt = await run('--data-dir', dir, 'serve', '--no-open', '--renderer-dir', join(dir, 'nothing'));
    expect(notBuilt.code).toBe(1);
    expect(notBuilt.stderr).toMatch(/^Error \(unavailable\): The UI is not built .*npm run build/);
  });

  it('serve: serves the UI and the contract until stopped, and opens the browser unless --no-open', async () => {
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Goodies UI</title>');
    const stop = new AbortController();
    const opened: string[] = [];
    const io = captureIo({ stopSignal: stop.signal, openUrl: (url) => void opened.push(url) });
    const exit = runCli(['--data-dir', dir, 'serve', '--port', '0', '--renderer-dir', rendererDir], io);
    let url: string | undefined;
    for (let i = 0; i < 200 && !url; i++) {
      url = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(io.out.join(''))?.[0];
      if (!url) await new Promise((r) => setTimeout(r, 25));
    }
    expect(url, io.err.join('')).toBeDefined();
    const page = new URL(url ?? '');
    expect(opened).toEqual([url]);
    const response = await fetch(page.origin + '/');
    expect(await response.text()).toContain('<title>Goodies UI</title>');
    const token = page.hash.replace('#token=', '');
    const ws = new WebSocket(`ws://${page.host}/ws?token=${token}`, { headers: { Origin: page.origin } });
    const reply = await new Promise<unknown>((resolve, reject) => {
      ws.once('open', () => ws.send(JSON.stringify({ t: 'call', id: 7, name: 'app.getInfo', args: {} })));
      ws.once('message', (data) => resolve(JSON.parse(String(data))));
      ws.once('error', reject);
    });
    expect(reply).toMatchObject({ t: 'result', id: 7, result: { ok: true, value: { dataDir: dir, runtime: 'browser' } } });
    stop.abort();
    expect(await exit).toBe(0);
    expect(io.out.join('')).toContain('Stopped.');
    await expect(fetch(page.origin + '/')).rejects.toThrow();
    ws.terminate();
  });
});
