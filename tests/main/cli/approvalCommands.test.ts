// `goodies approvals list|approve|deny` and `goodies audit`, in-process with a temp data dir: tier 3 needs the target's
// name typed (or --yes), and everything lands in the audit log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import type { CliIo } from '../../../src-main/cli/CliIo';

describe('goodies approvals / audit', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-cli-approvals-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[], extra: Partial<CliIo> = {}): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--data-dir', dir, ...argv], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), ...extra });
    return { code, out: out.join(''), err: err.join('') };
  }
  const pendingId = async (): Promise<string> => {
    const listed = JSON.parse((await run(['--json', 'approvals', 'list'])).out) as Array<{ id: string }>;
    return listed[0]?.id ?? '';
  };

  it('tier 3 asks for the name: a wrong name changes nothing, the right one unlocks; audit shows the trail', async () => {
    await run(['ask', 'unlock the front door']);
    const list = await run(['approvals', 'list']);
    expect(list.out).toMatch(/\[pending\]\s+tier 3\s+Unlock Front Door Lock/);
    const id = await pendingId();

    expect((await run(['approvals', 'approve', id.slice(0, 8)])).err).toMatch(/Error \(forbidden\).*--yes/s); // not a terminal
    const wrong = await run(['approvals', 'approve', id], { prompt: async () => 'front door' });
    expect(wrong.err).toMatch(/did not match; nothing was changed/);
    let asked = '';
    const right = await run(['approvals', 'approve', id], { prompt: async (q) => ((asked = q), 'Front Door Lock') });
    expect(asked).toMatch(/Type "Front Door Lock" to confirm/);
    expect(right.code).toBe(0);
    expect(right.out).toMatch(/\[executed\]/);

    const audit = await run(['audit', '--kind', 'execution']);
    expect(audit.out).toMatch(/execution\s+app\s+Done: Unlock Front Door Lock/);
    const json = JSON.parse((await run(['--json', 'audit'])).out) as Array<{ kind: string }>;
    expect(json.slice(0, 3).map((e) => e.kind)).toEqual(['execution', 'decision', 'proposal']);
  });

  it('--yes confirms tier 3; deny changes nothing; guests cannot decide', async () => {
    await run(['ask', 'open the garage door']);
    const id = await pendingId();
    expect((await run(['--as', 'guest', 'approvals', 'deny', id])).err).toMatch(/forbidden/);
    expect((await run(['approvals', 'deny', id])).out).toMatch(/\[denied\]/);
    await run(['ask', 'unlock the back door']);
    await run(['ask', 'lock the back door']);
    const yes = await run(['approvals', 'approve', '--yes', await pendingId()]);
    expect(yes.out).toMatch(/\[executed\]/);
    expect((await run(['audit', '--kind', 'nope'])).code).toBe(2);
  });
});
