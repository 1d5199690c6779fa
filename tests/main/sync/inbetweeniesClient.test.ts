// The sync client against both servers (ours and the upstream-quirk fixture): one suite, the same expectations, so a
// client that only works with our friendlier server fails here.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import type { Entity, Relationship } from '../../../src-shared/protocol/entities';
import { formatVersion } from '../../../src-shared/protocol/version';
import { FileSecretStore } from '../../../src-main/platform/FileSecretStore';
import { HomeServerSession } from '../../../src-main/sync/HomeServerSession';
import { InbetweeniesClient } from '../../../src-main/sync/InbetweeniesClient';
import { homeServerDetails, isNotLoggedIn } from '../../../src-main/sync/homeServerErrors';
import { SYNC_SERVERS, type RunningSyncServer } from './support/syncServers';

const device = (id: string, version: string, extra: Partial<Entity> = {}): Entity => ({
  id, version, entity_type: 'device', name: `Device ${id}`, content: {}, source_type: 'manual', user_id: 'alice', parent_versions: [], ...extra,
});
const versionNow = (counter = 1): string => formatVersion(Date.now() * 1000, counter, 'alice');

describe.each(SYNC_SERVERS)('InbetweeniesClient against $name', (kind) => {
  let server: RunningSyncServer;
  let dir: string;
  let session: HomeServerSession;
  beforeEach(async () => {
    server = await kind.start();
    dir = mkdtempSync(join(tmpdir(), 'goodies-sync-client-'));
    session = new HomeServerSession({ secrets: new FileSecretStore(join(dir, 'secrets.json')) });
  });
  afterEach(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const failure = async (promise: Promise<unknown>): Promise<AppError> => {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it('probes health, and a closed port is unhealthy rather than an exception', async () => {
    expect(await new InbetweeniesClient({ baseUrl: `${server.url}/` }).isHealthy()).toBe(true);
    const stopped = await kind.start();
    const url = stopped.url;
    await stopped.stop();
    expect(await new InbetweeniesClient({ baseUrl: url }).isHealthy()).toBe(false);
    const offline = await failure(new InbetweeniesClient({ baseUrl: url, token: () => 't' }).me());
    expect(offline.type).toBe('unavailable');
    expect(offline.retryable).toBe(true);
  });

  it('logs in with the admin password, keeps the token in a 0600 secret file, refreshes and logs out', async () => {
    const credentials = await session.login(server.url, { kind: 'password', password: server.adminPassword });
    expect(credentials).toMatchObject({ serverUrl: server.url, role: 'admin' });
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    // A second session over the same folder (the CLI beside the app) sees the login.
    const other = new HomeServerSession({ secrets: new FileSecretStore(join(dir, 'secrets.json')) });
    expect((await other.credentials())?.accessToken).toBe(credentials.accessToken);
    const { client } = await other.client();
    expect((await client.me()).role).toBe('admin');
    const refreshed = await session.refresh();
    expect(refreshed.accessToken.length).toBeGreaterThan(0);
    expect(await session.logout()).toBe(true);
    expect(isNotLoggedIn(await failure(session.client()))).toBe(true);
  });

  it('redeems a guest token as a read-only guest', async () => {
    const credentials = await session.login(server.url, { kind: 'guest_token', token: await server.guestToken() });
    expect(credentials.role).toBe('guest');
    const bad = await failure(new HomeServerSession({ secrets: new FileSecretStore(join(dir, 'other.json')) }).login(server.url, { kind: 'guest_token', token: 'not-a-token' }));
    expect(bad.type).toBe('forbidden');
  });

  it('treats a missing token (401 or 403) and a bad token (401) alike: not logged in', async () => {
    for (const token of [undefined, 'not-a-valid-token']) {
      const raw = await fetch(`${server.url}/api/v1/sync/`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: '{}' });
      expect([401, 403]).toContain(raw.status);
      const error = await failure(new InbetweeniesClient({ baseUrl: server.url, token: () => token ?? 'x'.repeat(token === undefined ? 0 : 1) }).syncStatus('d'));
      expect(isNotLoggedIn(error)).toBe(true);
      expect(error.retryable).toBe(false);
    }
  });

  it('pushes entities and edges, acks them per id, and gets edges back by REST whether or not sync carries them', async () => {
    const { client, credentials } = await (await session.login(server.url, { kind: 'password', password: server.adminPassword }), session.client());
    const room = { ...device('room-1', versionNow(1)), entity_type: 'room' as const, name: 'Kitchen' };
    const lamp = device('lamp-1', versionNow(2));
    const edge: Relationship = { id: 'e-1', from_entity_id: lamp.id, from_entity_version: lamp.version, to_entity_id: room.id, to_entity_version: room.version, relationship_type: 'located_in', properties: {} };
    const push = await client.sync({ deviceId: 'dev-a', userId: credentials.userId, syncType: 'delta', changes: [
      { change_type: 'create', entity: room, relationships: [] },
      { change_type: 'create', entity: lamp, relationships: [edge] },
    ] });
    expect(push.applied).toEqual(['room-1', 'lamp-1']);
    expect(push.applied_relationships).toEqual(['e-1']);
    expect(push.state_digest).toMatch(/^[0-9a-f]{64}$/);
    const pulled = await client.sync({ deviceId: 'dev-b', userId: credentials.userId, syncType: 'full', includeRelationships: true });
    expect(pulled.changes.filter((c) => c.entity).map((c) => c.entity!.id).sort()).toEqual(['lamp-1', 'room-1']);
    const edgesInSync = pulled.changes.flatMap((c) => c.relationships);
    expect(edgesInSync.map((e) => e.id)).toEqual(server.sendsEdges ? ['e-1'] : []);
    expect((await client.relationships()).map((e) => e.id)).toEqual(['e-1']);
  });

  it('pages a full pull by 500 rows with a delta cursor until the cursor is null', async () => {
    await session.login(server.url, { kind: 'password', password: server.adminPassword });
    const { client, credentials } = await session.client();
    const base = Date.now() * 1000;
    const changes = Array.from({ length: 1_100 }, (_, i) => ({ change_type: 'create' as const, entity: device(`d-${String(i).padStart(4, '0')}`, formatVersion(base + i, i, 'alice')), relationships: [] }));
    await client.sync({ deviceId: 'dev-a', userId: credentials.userId, syncType: 'delta', changes, filters: { since: '2999-01-01T00:00:00' } });
    const sizes: number[] = [];
    let page = await client.sync({ deviceId: 'dev-b', userId: credentials.userId, syncType: 'full' });
    sizes.push(page.changes.length);
    while (page.cursor) {
      page = await client.sync({ deviceId: 'dev-b', userId: credentials.userId, syncType: 'delta', cursor: page.cursor });
      sizes.push(page.changes.length);
    }
    expect(sizes).toEqual([500, 500, 100]);
  });

  it('reports a poisoned push as a non-retryable rejection (500 upstream, 422 ours) with nothing stored', async () => {
    await session.login(server.url, { kind: 'password', password: server.adminPassword });
    const { client, credentials } = await session.client();
    const good = device('good-1', versionNow(1));
    const poisoned = { ...device('bad-1', versionNow(2)), entity_type: 'spaceship' } as unknown as Entity;
    const error = await failure(client.sync({ deviceId: 'dev-a', userId: credentials.userId, syncType: 'delta', changes: [
      { change_type: 'create', entity: good, relationships: [] },
      { change_type: 'create', entity: poisoned, relationships: [] },
    ] }));
    expect([422, 500]).toContain(homeServerDetails(error)?.status);
    const after = await client.sync({ deviceId: 'dev-a', userId: credentials.userId, syncType: 'full' });
    expect(after.changes).toEqual([]);
  });

  it('turns a 429 into a retryable error carrying Retry-After', async () => {
    const anonymous = new InbetweeniesClient({ baseUrl: server.url });
    let last: AppError | undefined;
    for (let i = 0; i < 6; i++) last = await failure(anonymous.adminLogin(`wrong password ${i}`));
    expect(homeServerDetails(last)?.status).toBe(429);
    expect(last!.retryable).toBe(true);
    expect(homeServerDetails(last)?.retryAfterMs).toBeGreaterThan(0);
  });
});
