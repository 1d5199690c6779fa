// The two servers every sync client test runs against: our home server (src-server, started for real over SQLite in a
// temp dir) and the upstream-quirk fixture (tests/fakes). Both on 127.0.0.1 with a port the OS picks.
import { ADMIN_PASSWORD, startTestServer } from '../../../server/support/testServer';
import { FIXTURE_ADMIN_PASSWORD, startUpstreamFixtureServer } from '../../../fakes/upstreamFixtureServer';

export interface RunningSyncServer {
  url: string;
  adminPassword: string;
  /** A fresh guest QR token, minted the way each server mints them. */
  guestToken(): Promise<string>;
  /** Whether the server sends edges in sync responses when asked (ours) or never (upstream). */
  sendsEdges: boolean;
  stop(): Promise<void>;
}

export interface SyncServerKind {
  name: 'our server' | 'upstream fixture';
  start(): Promise<RunningSyncServer>;
}

export const SYNC_SERVERS: SyncServerKind[] = [
  {
    name: 'our server',
    async start() {
      const server = await startTestServer({ name: 'sqlite', databaseUrl: async () => undefined });
      return {
        url: server.url,
        adminPassword: ADMIN_PASSWORD,
        sendsEdges: true,
        async guestToken() {
          const res = await server.call<{ qr_data: { token: string } }>('POST', '/api/v1/auth/guest/generate-qr', { token: await server.adminToken(), body: { duration_hours: 1 } });
          return res.body.qr_data.token;
        },
        stop: () => server.stop(),
      };
    },
  },
  {
    name: 'upstream fixture',
    async start() {
      const fixture = await startUpstreamFixtureServer();
      return { url: fixture.url, adminPassword: FIXTURE_ADMIN_PASSWORD, sendsEdges: false, guestToken: async () => fixture.createGuestToken(), stop: () => fixture.stop() };
    },
  },
];
