// Starts our home server in a child process for the sync benches: serverProcessMain.ts bundled with esbuild into
// out/bench (node runs it directly; packages stay external and resolve from node_modules). Same secrets as the test
// server, so ADMIN_PASSWORD logs in.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { ADMIN_PASSWORD, TEST_JWT_SECRET } from '../../tests/server/support/testServer';

export interface ServerProcess {
  url: string;
  pid: number;
  adminToken(): Promise<string>;
  stop(): Promise<void>;
}

export async function startServerProcess(): Promise<ServerProcess> {
  const root = join(import.meta.dirname, '../..');
  const outfile = join(root, 'out/bench/syncServer.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'serverProcessMain.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
  const dataDir = mkdtempSync(join(tmpdir(), 'goodies-bench-server-'));
  const child = spawn(process.execPath, [outfile], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, GOODIES_BENCH_SERVER_DIR: dataDir, GOODIES_BENCH_ADMIN_PASSWORD: ADMIN_PASSWORD, GOODIES_BENCH_JWT_SECRET: TEST_JWT_SECRET },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it listened`)));
  });
  const { url } = JSON.parse(first) as { url: string };
  let token: string | undefined;
  return {
    url,
    pid: child.pid ?? 0,
    async adminToken() {
      if (!token) {
        const res = await fetch(`${url}/api/v1/auth/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': 'admin-helper' }, body: JSON.stringify({ password: ADMIN_PASSWORD }) });
        if (res.status !== 200) throw new Error(`admin login failed: ${res.status}`);
        token = ((await res.json()) as { access_token: string }).access_token;
      }
      return token;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      lines.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
