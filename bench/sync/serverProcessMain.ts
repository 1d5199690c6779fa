// Entry of the bench's home server child process (bundled by serverProcess.ts): our real server over SQLite in the
// given data dir, on 127.0.0.1, so its JSON and SQLite work runs on its own event loop and core, as it would on a
// real home server, instead of sharing the client's. Prints {"url": ...} as its first stdout line; SIGTERM closes it.
import { hashPassword } from '../../src-server/auth/passwordHash';
import { startHomeServer } from '../../src-server/startHomeServer';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const server = await startHomeServer({
  dataDir: env('GOODIES_BENCH_SERVER_DIR'),
  host: '127.0.0.1',
  port: 0,
  logger: false,
  secrets: { adminPasswordHash: await hashPassword(env('GOODIES_BENCH_ADMIN_PASSWORD'), { N: 1024, r: 8, p: 1 }), jwtSecret: env('GOODIES_BENCH_JWT_SECRET') },
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  void server.close().finally(() => process.exit(0));
});
