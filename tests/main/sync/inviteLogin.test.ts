// Signing in with an invite and then as that user (issue 11), through `goodies login` against our real home server:
// the invite is redeemed with the password its user chooses, the session is a `user` one, sync pushes; a used invite
// is refused; the same user logs in again with --user; the options that make no sense together are usage errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLoginArgs } from '../../../src-preload/contract/syncCalls';
import { runCli } from '../../../src-main/cli/runCli';
import { startTestServer, type TestServer } from '../../server/support/testServer';

let server: TestServer;
const dirs: string[] = [];

beforeEach(async () => {
  server = await startTestServer({ name: 'sqlite', databaseUrl: async () => undefined });
});
afterEach(async () => {
  await server.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(dir: string, argv: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--data-dir', dir, ...argv], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), ...(stdin !== undefined ? { readStdin: async () => stdin } : {}) });
  return { code, out: out.join(''), err: err.join('') };
}

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'goodies-invite-'));
  dirs.push(dir);
  return dir;
}

async function invite(userId: string): Promise<string> {
  const res = await server.call<{ token: string }>('POST', '/api/v1/auth/invites', { token: await server.adminToken(), body: { user_id: userId } });
  expect(res.status).toBe(200);
  return res.body.token;
}

describe('goodies login --invite / --user against our home server', () => {
  it('redeems an invite with the chosen password, syncs as that user, and logs in again with --user', async () => {
    const token = await invite('sam');
    const a = dataDir();
    const redeemed = await cli(a, ['login', '--server', server.url, '--invite', token, '--password-stdin'], 'sam-password-1\n');
    expect(redeemed.err).toBe('');
    expect(redeemed.code).toBe(0);
    expect(redeemed.out).toContain(`Logged in to ${server.url} as sam (user)`);
    const synced = await cli(a, ['sync']);
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(/Digest: +matches the server/);

    // An invite works once.
    const again = await cli(dataDir(), ['login', '--server', server.url, '--invite', token, '--password-stdin'], 'another-password\n');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/invite/i);

    const b = dataDir();
    const user = await cli(b, ['login', '--server', server.url, '--user', 'sam', '--password-stdin'], 'sam-password-1\n');
    expect(user.err).toBe('');
    expect(user.out).toContain('as sam (user)');
    const wrong = await cli(dataDir(), ['login', '--server', server.url, '--user', 'sam', '--password-stdin'], 'not-it\n');
    expect(wrong.code).toBe(1);
  });

  it('refuses options that do not go together, and a chosen password under 8 characters', async () => {
    const dir = dataDir();
    expect((await cli(dir, ['login', '--server', server.url, '--guest-token', 't', '--password-stdin'], 'x\n')).err).toMatch(/--guest-token goes alone/);
    expect((await cli(dir, ['login', '--server', server.url, '--user', 'sam', '--invite', 't', '--password-stdin'], 'x\n')).err).toMatch(/not both/);
    expect((await cli(dir, ['login', '--server', server.url, '--invite', 't'])).err).toMatch(/--password-stdin/);
    const short = await cli(dir, ['login', '--server', server.url, '--invite', await invite('kim'), '--password-stdin'], 'short\n');
    expect(short.code).not.toBe(0);
    expect(short.err).toMatch(/validation/);
  });

  it('the contract takes exactly one login shape', () => {
    const serverUrl = 'http://127.0.0.1:1';
    expect(syncLoginArgs.safeParse({ serverUrl, password: 'p' }).success).toBe(true);
    expect(syncLoginArgs.safeParse({ serverUrl, userId: 'sam', password: 'p' }).success).toBe(true);
    expect(syncLoginArgs.safeParse({ serverUrl, guestToken: 'g' }).success).toBe(true);
    expect(syncLoginArgs.safeParse({ serverUrl, invite: 'i', password: 'long-enough' }).success).toBe(true);
    expect(syncLoginArgs.safeParse({ serverUrl, invite: 'i', password: 'short' }).success).toBe(false);
    expect(syncLoginArgs.safeParse({ serverUrl, guestToken: 'g', password: 'p' }).success).toBe(false);
    expect(syncLoginArgs.safeParse({ serverUrl, invite: 'i', userId: 'sam', password: 'long-enough' }).success).toBe(false);
  });
});
