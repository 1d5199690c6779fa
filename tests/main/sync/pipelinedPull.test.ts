// The full pull is pipelined (SyncEngine.pull): page n+1 is requested before page n is applied. Against our real
// server, with the client's fetch wrapped to watch the order and to fail one prefetched page: the request for the next
// page goes out before the current page is applied, and when a prefetched page fails the cursor stays after the last
// applied page, so the next sync resumes there and ends with every row and an equal digest.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import { outboxMigrations } from '../../../src-main/outbox/outboxMigrations';
import { SqliteOutbox } from '../../../src-main/outbox/SqliteOutbox';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import type { HomeServerSession } from '../../../src-main/sync/HomeServerSession';
import { InbetweeniesClient } from '../../../src-main/sync/InbetweeniesClient';
import { SyncEngine } from '../../../src-main/sync/SyncEngine';
import { AppError } from '../../../src-shared/errors';
import { entity, startTestServer, versionAt, type TestServer } from '../../server/support/testServer';
import { tempDir, type TempDir } from '../store/graphFixtures';

const ENTITIES = 1_200; // three pages of 500

let server: TestServer;
let dir: TempDir;
let db: SqliteDatabase;
let store: SqliteGraphStore;
let outbox: SqliteOutbox;

beforeEach(async () => {
  server = await startTestServer({ name: 'sqlite', databaseUrl: async () => undefined });
  const token = await server.adminToken();
  const writer = new InbetweeniesClient({ baseUrl: server.url, token: () => token });
  const changes = Array.from({ length: ENTITIES }, (_, i) => ({ change_type: 'create' as const, entity: entity(`dev-${i}`, versionAt(1_000 + i)), relationships: [] }));
  await writer.sync({ deviceId: 'writer', userId: 'alice', syncType: 'delta', changes, filters: { since: '2999-01-01T00:00:00' } });
  dir = tempDir();
  db = openGraphDatabase(dir.file('goodies.db'), outboxMigrations);
  store = new SqliteGraphStore(db, { externalWritePollMs: 0 });
  outbox = new SqliteOutbox(db);
});
afterEach(async () => {
  outbox.dispose();
  store.dispose();
  db.close();
  dir.remove();
  await server.stop();
});

it('requests page n+1 before applying page n; a failed prefetch keeps the cursor after the last applied page, and the next sync resumes', async () => {
  const token = await server.adminToken();
  const events: string[] = [];
  let pulls = 0;
  let failPull: number | undefined = 3;
  const watchedFetch: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { changes: unknown[]; cursor?: string }) : undefined;
    if (body && body.changes.length === 0 && String(input).includes('/api/v1/sync/')) {
      pulls++;
      events.push(`request ${pulls}${body.cursor ? ` after ${body.cursor}` : ''}`);
      if (pulls === failPull) throw new TypeError('fetch failed: the network went away');
    }
    return fetch(input, init);
  };
  const client = new InbetweeniesClient({ baseUrl: server.url, token: () => token, fetch: watchedFetch });
  const session = {
    client: async () => ({ client, credentials: { serverUrl: server.url, accessToken: token, role: 'admin', userId: 'admin', expiresAt: null } }),
    refreshIfDue: async () => undefined,
    deviceId: async () => `device-${randomUUID()}`,
  } as unknown as HomeServerSession;
  const applyPulled = store.applyPulled.bind(store);
  let applied = 0;
  store.applyPulled = async (serverId, page) => {
    events.push(`apply ${++applied}`);
    return applyPulled(serverId, page);
  };
  const engine = new SyncEngine({ store, outbox, session });

  const error = await engine.sync().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).type).toBe('unavailable');
  // Request 2 went out before page 1 was applied, request 3 (which failed) before page 2 was applied.
  expect(events.slice(0, 5).map((e) => e.replace(/ after \d+/, ''))).toEqual(['request 1', 'request 2', 'apply 1', 'request 3', 'apply 2']);
  const cursorAfterTwoPages = events[3]!.replace(/^request 3 after /, '');
  expect((await store.getSyncState(server.url)).cursor).toBe(cursorAfterTwoPages);
  expect(await store.listEntities()).toHaveLength(1_000);

  failPull = undefined;
  events.length = 0;
  const report = await engine.sync();
  expect(report.full).toBe(false);
  expect(events[0]).toMatch(new RegExp(`^request \\d+ after ${cursorAfterTwoPages}$`));
  expect(report.pulled.entities).toBe(200);
  expect(await store.listEntities()).toHaveLength(ENTITIES);
  expect(report.digest.matched).toBe(true);
});
