// The home server's composition root: storage, auth, notifier, metrics and the HTTP server, built once and closed in
// reverse order (stop accepting, drain requests, close sockets, checkpoint the database).
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { AuthService } from './auth/AuthService';
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle, type LoginThrottleOptions } from './auth/LoginThrottle';
import { SecurityAuditLog } from './auth/SecurityAuditLog';
import { TokenIssuer } from './auth/TokenIssuer';
import { loadServerSecrets, type ServerSecrets } from './config/serverDataDir';
import { buildHttpServer } from './http/buildHttpServer';
import { Metrics } from './http/Metrics';
import { DEFAULT_CHAT_RATE_LIMITS, type ChatRateLimits, type ServerContext } from './http/ServerContext';
import { PostgresPullNotifier } from './notify/PostgresPullNotifier';
import { LocalPullNotifier, type PullNotifier } from './notify/PullNotifier';
import { openServerStorage } from './storage/openServerStorage';
import { PostgresSqlClient } from './storage/PostgresSqlClient';

export interface HomeServerOptions {
  dataDir: string;
  databaseUrl?: string;
  host?: string;
  /** 0 lets the OS pick (tests). */
  port?: number;
  logger?: FastifyBaseLogger | false;
  /** Instead of reading `server.json` / `jwt-secret` from the data folder. */
  secrets?: ServerSecrets;
  chatRateLimits?: ChatRateLimits;
  loginThrottle?: LoginThrottleOptions;
  now?: () => number;
}

export interface HomeServer {
  readonly url: string;
  readonly port: number;
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  close(): Promise<void>;
}

export async function startHomeServer(options: HomeServerOptions): Promise<HomeServer> {
  const secrets = options.secrets ?? loadServerSecrets(options.dataDir);
  const storage = await openServerStorage({ dataDir: options.dataDir, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) });
  const logError = (error: unknown): void => {
    if (options.logger) options.logger.error({ err: error }, 'pull-now relay failed');
  };
  let notifier: PullNotifier;
  if (storage.client instanceof PostgresSqlClient) {
    const pgNotifier = new PostgresPullNotifier(storage.client.pool, storage.client.connectionString, logError);
    await pgNotifier.start();
    notifier = pgNotifier;
  } else {
    notifier = new LocalPullNotifier();
  }
  const now = options.now ?? Date.now;
  const host = options.host ?? '127.0.0.1';
  let boundPort = options.port ?? 8000;
  const context: ServerContext = {
    storage,
    auth: new AuthService(storage.auth, new TokenIssuer(secrets.jwtSecret, now), secrets.adminPasswordHash, now),
    loginThrottle: new LoginThrottle({ ...(options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE), now }),
    securityLog: new SecurityAuditLog(join(options.dataDir, 'security-audit.log')),
    notifier,
    metrics: new Metrics(),
    chatRateLimits: options.chatRateLimits ?? DEFAULT_CHAT_RATE_LIMITS,
    advertisedHost: host,
    advertisedPort: () => boundPort,
  };
  let app: FastifyInstance;
  try {
    app = await buildHttpServer(context, options.logger ?? false);
    await app.listen({ host, port: options.port ?? 8000 });
  } catch (error) {
    await notifier.close();
    await storage.close();
    throw error;
  }
  const address = app.server.address();
  boundPort = typeof address === 'object' && address ? address.port : boundPort;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`,
    port: boundPort,
    app,
    context,
    close() {
      closing ??= (async () => {
        // fastify.close() stops accepting, waits for in-flight requests and closes WebSockets (@fastify/websocket).
        await app.close();
        await notifier.close();
        await context.securityLog.flush();
        await storage.close();
      })();
      return closing;
    },
  };
}
