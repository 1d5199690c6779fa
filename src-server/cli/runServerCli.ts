// `goodies server init --data-dir D --admin-password-stdin` and `goodies server --data-dir D [--port] [--host]
// [--database postgres://…]`. Returns an exit code; never calls process.exit, so tests run it in-process.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import pino from 'pino';
import { initServerDataDir } from '../config/serverDataDir';
import { isPostgresUrl } from '../storage/openServerStorage';
import { startHomeServer, type HomeServer } from '../startHomeServer';

export interface ServerCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** Aborted on SIGINT/SIGTERM: the server drains and exits. */
  stopSignal: AbortSignal;
  /** Where pino writes JSON log lines (default: stdout). */
  logDestination?: NodeJS.WritableStream;
  /** Called once the server listens (tests read the port from it). */
  onListening?: (server: HomeServer) => void;
}

/** Whether binding `host` keeps the server on this machine (anything else gets a warning). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port number 0–65535');
  return port;
}

export async function runServerCli(argv: readonly string[], io: ServerCliIo): Promise<number> {
  const program = new Command('goodies server')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .description('The Goodies home server: Inbetweenies v2 for the graph, plus conversation sync')
    .option('--data-dir <dir>', 'server data folder (env GOODIES_SERVER_DATA_DIR)')
    .option('--port <n>', 'TCP port', parsePort, 8000)
    .option('--host <host>', 'address to bind (default 127.0.0.1; anything else is reachable from the network)')
    .option('--database <url>', 'postgres://… to use PostgreSQL (default: SQLite server.db in the data folder)')
    .option('--log-level <level>', 'pino level: fatal, error, warn, info, debug', 'info')
    .action(async (opts: { dataDir?: string; port: number; host?: string; database?: string; logLevel: string }) => {
      const dataDir = requireDataDir(opts.dataDir);
      if (opts.database && !isPostgresUrl(opts.database)) throw new InvalidArgumentError('--database must be a postgres:// URL');
      const logger = pino({ level: opts.logLevel, base: { service: 'goodies-server' } }, io.logDestination ?? process.stdout);
      const host = opts.host ?? '127.0.0.1';
      if (!isLoopbackHost(host)) logger.warn({ host }, `Binding ${host}: the server is reachable from the network. Put it behind TLS (a reverse proxy) before exposing it.`);
      const server = await startHomeServer({ dataDir, port: opts.port, host, logger, ...(opts.database ? { databaseUrl: opts.database } : {}) });
      logger.info({ url: server.url, storage: server.context.storage.dialect }, 'Goodies home server listening');
      io.onListening?.(server);
      await new Promise<void>((resolve) => {
        if (io.stopSignal.aborted) resolve();
        else io.stopSignal.addEventListener('abort', () => resolve(), { once: true });
      });
      logger.info('shutting down: draining requests, closing sockets, checkpointing the database');
      await server.close();
      logger.info('stopped');
    });

  program
    .command('init')
    .description('set up a data folder: admin password (scrypt hash) and a JWT secret (0600)')
    .option('--data-dir <dir>', 'server data folder')
    .option('--admin-password-stdin', 'read the admin password from standard input', false)
    .option('--force', 'replace an existing setup (invalidates every issued token)', false)
    .action(async (opts: { dataDir?: string; adminPasswordStdin: boolean; force: boolean }) => {
      const dataDir = requireDataDir(opts.dataDir ?? program.opts<{ dataDir?: string }>().dataDir);
      if (!opts.adminPasswordStdin) throw new InvalidArgumentError('pass --admin-password-stdin and pipe the password in (it never goes on the command line)');
      const password = (await io.readStdin()).replace(/\r?\n$/, '');
      await initServerDataDir(dataDir, password, { force: opts.force });
      io.stdout(`Set up ${dataDir}: admin password hashed (scrypt), JWT secret written with mode 0600.\nStart it with: goodies server --data-dir ${dataDir}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.code === 'commander.helpDisplayed' ? 0 : 2;
    io.stderr(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof InvalidArgumentError ? 2 : 1;
  }
}

function requireDataDir(dir: string | undefined): string {
  const resolved = dir ?? process.env['GOODIES_SERVER_DATA_DIR'];
  if (!resolved) throw new InvalidArgumentError('--data-dir is required');
  return resolved;
}
