// Every rule of the Inbetweenies v2 sync page (docs/inbetweenies-v2.md §3), over real HTTP, against SQLite and
// PostgreSQL. Conflict tests pick version timestamps so that the "within 1 s → version" and "beyond 1 s → time"
// branches give different answers, so a resolver that used the wrong branch fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncResponse } from '../../src-shared/protocol/inbetweeniesSync';
import { computeStateDigest } from '../../src-node-shared/sync/stateDigest';
import { edge, entity, startTestServer, storageBackends, syncBody, versionAt, type TestServer } from './support/testServer';

const HOUR = 3_600_000;

describe.each(storageBackends())('Inbetweenies v2 sync ($name)', (backend) => {
  let server: TestServer;
  let token: string;
  beforeEach(async () => {
    server = await startTestServer(backend);
    token = await server.adminToken();
  });
  afterEach(async () => server.stop());

  const sync = async (changes: unknown[] = [], extra: Record<string, unknown> = {}) => server.call<SyncResponse>('POST', '/api/v1/sync/', { token, body: syncBody(changes, extra) });
  const create = (e: ReturnType<typeof entity>, relationships: unknown[] = []) => ({ change_type: 'create', entity: e, relationships });
  const update = (e: ReturnType<typeof entity>, relationships: unknown[] = []) => ({ change_type: 'update', entity: e, relationships });
  const current = async (id: string) => (await server.call<{ version: string; content: Record<string, unknown> }>('GET', `/api/v1/graph/entities/${id}`, { token })).body;

  it('needs a bearer token, redirects the no-slash form and reports status', async () => {
    expect((await server.call('GET', '/health')).body).toEqual({ status: 'healthy' });
    expect((await server.call('POST', '/api/v1/sync/', { body: syncBody() })).status).toBe(401);
    expect((await server.call('POST', '/api/v1/sync/', { body: syncBody(), token: 'not-a-jwt' })).status).toBe(401);
    const redirect = await server.call('POST', '/api/v1/sync', { token, body: syncBody() });
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('location')).toBe('/api/v1/sync/');
    const status = await server.call<{ device_id: string; protocol_version: string; server_time: string }>('GET', '/api/v1/sync/status?device_id=dev-9', { token });
    expect(status.body).toMatchObject({ device_id: 'dev-9', protocol_version: 'inbetweenies-v2' });
    expect(status.body.server_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
  });

  it('answers bad requests like upstream: 400 protocol version, 400 cursor, 422 sync_type and bare {id}', async () => {
    const wrongProtocol = await server.call('POST', '/api/v1/sync/', { token, body: syncBody([], { protocol_version: 'inbetweenies-v1' }) });
    expect(wrongProtocol.status).toBe(400);
    expect(wrongProtocol.body).toEqual({ detail: 'Unsupported protocol version' });
    expect((await sync([], { sync_type: 'delta', cursor: 'abc' })).status).toBe(400);
    expect((await sync([], { sync_type: 'sideways' })).status).toBe(422);
    expect((await sync([{ change_type: 'delete', entity: { id: 'x' }, relationships: [] }])).status).toBe(422);
  });

  it('inserts unknown ids, acks them, and a re-push of the same batch is an idempotent no-op', async () => {
    const t = Date.now();
    const batch = [create(entity('a', versionAt(t))), create(entity('b', versionAt(t, 'alice', 2)))];
    const first = await sync(batch);
    expect(first.status).toBe(200);
    expect(first.body.applied).toEqual(['a', 'b']);
    expect(first.body.conflicts).toEqual([]);
    expect(first.body.changes.map((c) => c.entity?.id)).toEqual(['a', 'b']);
    expect(first.body.changes[0]).toMatchObject({ change_type: 'update', relationships: [], entity: { checksum: null } });
    const again = await sync(batch);
    expect(again.body.applied).toEqual(['a', 'b']);
    expect(again.body.conflicts).toEqual([]);
    expect(again.body.state_digest).toBe(first.body.state_digest);
    expect(again.body.changes).toHaveLength(2);
  });

  it('fast-forwards when the pushed parents name the current version', async () => {
    const t = Date.now();
    const v1 = entity('a', versionAt(t - HOUR));
    await sync([create(v1)]);
    const v2 = entity('a', versionAt(t - 2 * HOUR), { name: 'Renamed', parent_versions: [v1.version] }); // older timestamp: only the parent makes it win
    const res = await sync([update(v2)]);
    expect(res.body.conflicts).toEqual([]);
    expect(res.body.applied).toEqual(['a']);
    expect((await current('a')).version).toBe(v2.version);
  });

  it('resolves conflicts: within 1 s the lexically greater version wins, beyond 1 s the later time wins; losers are kept and acked', async () => {
    const t = Date.now();
    // Stored rows are received now; their version timestamps are far away, so only the receive time is near `t`.
    await sync([create(entity('future', versionAt(t + HOUR))), create(entity('past', versionAt(t - HOUR))), create(entity('late', versionAt(t + HOUR))), create(entity('early', versionAt(t - HOUR)))]);
    const pushed = {
      future: versionAt(t + 500, 'bob'), // within 1 s of receipt, lexically smaller → server wins (time rule would say pushed)
      past: versionAt(t - 500, 'bob'), // within 1 s, lexically greater → pushed wins (time rule would say server)
      late: versionAt(t + 10_000, 'bob'), // beyond 1 s and later → pushed wins although lexically smaller
      early: versionAt(t - 10_000, 'bob'), // beyond 1 s and earlier → server wins although lexically greater
    };
    const res = await sync(Object.entries(pushed).map(([id, version]) => update(entity(id, version, { user_id: 'bob' }))));
    expect(res.body.applied).toEqual(['future', 'past', 'late', 'early']);
    const byId = Object.fromEntries(res.body.conflicts.map((c) => [c.entity_id, c]));
    expect(byId['future']).toMatchObject({ remote_version: pushed.future, local_version: versionAt(t + HOUR), resolved_version: versionAt(t + HOUR) });
    expect(byId['past']?.resolved_version).toBe(pushed.past);
    expect(byId['late']?.resolved_version).toBe(pushed.late);
    expect(byId['early']?.resolved_version).toBe(versionAt(t - HOUR));
    expect(byId['future']?.resolution_strategy).toEqual(expect.any(String));
    for (const id of ['future', 'past', 'late', 'early']) expect((await current(id)).version).toBe(byId[id]?.resolved_version);
    // The losers are stored: an edge pinned to a losing version is accepted (endpoints must exist at pinned versions).
    const room = entity('room', versionAt(t), { entity_type: 'room' });
    await sync([create(room)]);
    const pin = { ...edge('e-loser', entity('future', pushed.future), room) };
    expect((await sync([{ change_type: 'update', entity: null, relationships: [pin] }])).body.applied_relationships).toEqual(['e-loser']);
  });

  it('deletes store a tombstone that always wins, deleting an unknown id is acked, and an update on the tombstone undeletes', async () => {
    const t = Date.now();
    const live = entity('a', versionAt(t + HOUR));
    await sync([create(live)]);
    const tomb = entity('a', versionAt(t - HOUR, 'bob'), { content: { note: 'bye' } }); // older and no parents: still wins
    const res = await sync([{ change_type: 'delete', entity: tomb, relationships: [] }, { change_type: 'delete', entity: entity('ghost', versionAt(t)), relationships: [] }]);
    expect(res.body.applied).toEqual(['a', 'ghost']);
    expect((await current('a')).content).toEqual({ note: 'bye', deleted: true });
    const pulled = res.body.changes.find((c) => c.entity?.id === 'a');
    expect(pulled?.change_type).toBe('delete');
    expect(res.body.changes.some((c) => c.entity?.id === 'ghost')).toBe(false);
    expect((await server.call('GET', '/api/v1/graph/entities/ghost', { token })).status).toBe(404);
    // Tombstones are listed by REST and counted in the digest.
    const listed = await server.call<{ entities: Array<{ id: string }> }>('GET', '/api/v1/graph/entities', { token });
    expect(listed.body.entities.map((e) => e.id)).toContain('a');
    const revived = entity('a', versionAt(t - HOUR + 1, 'bob'), { name: 'Back', parent_versions: [tomb.version] });
    await sync([update(revived)]);
    expect(await current('a')).toMatchObject({ version: revived.version, content: {} });
  });

  it('pins edges to endpoint versions: skipped and not acked until both endpoints exist, re-sent ids update in place', async () => {
    const t = Date.now();
    const device = entity('dev', versionAt(t));
    const room = entity('kitchen', versionAt(t), { entity_type: 'room', name: 'Kitchen' });
    const future = entity('kitchen', versionAt(t + 5000), { entity_type: 'room', name: 'Kitchen', parent_versions: [room.version] });
    const res = await sync([create(device, [edge('e1', device, room), edge('e2', device, future)]), create(room)]);
    expect(res.body.applied_relationships).toEqual(['e1']);
    expect(res.body.sync_stats['relationships_skipped']).toBe(1);
    const retry = await sync([update(future), { change_type: 'update', entity: null, relationships: [edge('e2', device, future)] }]);
    expect(retry.body.applied_relationships).toEqual(['e2']);
    // Re-pointing e1 to the new version updates in place; REST returns every row, stale pins included.
    await sync([{ change_type: 'update', entity: null, relationships: [{ ...edge('e1', device, future), relationship_type: 'controls' }] }]);
    const rels = await server.call<{ relationships: Array<{ id: string; to_entity_version: string; relationship_type: string }> }>('GET', '/api/v1/graph/relationships', { token });
    expect(rels.body.relationships).toHaveLength(2);
    expect(rels.body.relationships.find((r) => r.id === 'e1')).toMatchObject({ to_entity_version: future.version, relationship_type: 'controls' });
    const filtered = await server.call<{ relationships: unknown[] }>('GET', '/api/v1/graph/relationships?relationship_type=located_in', { token });
    expect(filtered.body.relationships).toHaveLength(1);
  });

  it('omits edges from sync responses unless include_relationships is true (our extension)', async () => {
    const t = Date.now();
    const a = entity('a', versionAt(t));
    const b = entity('b', versionAt(t), { entity_type: 'room' });
    await sync([create(a, [edge('e', a, b)]), create(b)]);
    const plain = await sync();
    expect(plain.body.changes.flatMap((c) => c.relationships)).toEqual([]);
    const withEdges = await sync([], { include_relationships: true });
    expect(withEdges.body.changes.flatMap((c) => c.relationships).map((r) => r.id)).toEqual(['e']);
    expect(withEdges.body.changes.at(-1)?.entity).toBeNull();
  });

  it('pages 1,200 rows by 500 with delta cursors, a full request ignores the cursor, and since returns only newer rows', async () => {
    const t = Date.now();
    const many = Array.from({ length: 1200 }, (_, i) => create(entity(`e${String(i).padStart(4, '0')}`, versionAt(t, 'alice', i + 1))));
    const first = await sync(many);
    expect(first.body.applied).toHaveLength(1200);
    expect(first.body.changes).toHaveLength(500);
    expect(first.body.cursor).toMatch(/^\d+$/);
    const seen = first.body.changes.map((c) => c.entity!.id);
    let cursor = first.body.cursor;
    const sizes = [500];
    while (cursor) {
      const page = await sync([], { sync_type: 'delta', cursor });
      sizes.push(page.body.changes.length);
      seen.push(...page.body.changes.map((c) => c.entity!.id));
      cursor = page.body.cursor;
    }
    expect(sizes).toEqual([500, 500, 200]);
    expect(new Set(seen).size).toBe(1200);
    const fullAgain = await sync([], { sync_type: 'full', cursor: first.body.cursor });
    expect(fullAgain.body.changes[0]?.entity?.id).toBe('e0000');
    // Delta since the last server_time: only what changed afterwards.
    const since = (await sync([], { sync_type: 'delta', cursor: '999999999' })).body.server_time;
    await new Promise((r) => setTimeout(r, 5));
    await sync([update(entity('e0007', versionAt(t + 1, 'alice', 9999), { parent_versions: [versionAt(t, 'alice', 8)] }))]);
    const delta = await sync([], { sync_type: 'delta', filters: { since } });
    expect(delta.body.changes.map((c) => c.entity?.id)).toEqual(['e0007']);
    expect(delta.body.cursor).toBeNull();
  });

  it('filters by entity type and author', async () => {
    const t = Date.now();
    await sync([create(entity('d', versionAt(t))), create(entity('r', versionAt(t), { entity_type: 'room', user_id: 'bob' })), create(entity('n', versionAt(t), { entity_type: 'note' }))]);
    expect((await sync([], { filters: { entity_types: ['room', 'note'] } })).body.changes.map((c) => c.entity?.id)).toEqual(['r', 'n']);
    expect((await sync([], { filters: { modified_by: ['bob'] } })).body.changes.map((c) => c.entity?.id)).toEqual(['r']);
  });

  it('state_digest is sha256 over current (id, version) rows sorted by id, tombstones included', async () => {
    const t = Date.now();
    const empty = await sync();
    expect(empty.body.state_digest).toBe(computeStateDigest([]));
    await sync([create(entity('z', versionAt(t))), create(entity('m', versionAt(t, 'alice', 2)))]);
    const res = await sync([{ change_type: 'delete', entity: entity('m', versionAt(t + 1, 'alice', 3)), relationships: [] }]);
    const expected = computeStateDigest(res.body.changes.map((c) => ({ id: c.entity!.id, version: c.entity!.version })));
    expect(res.body.state_digest).toBe(expected);
    expect(res.body.state_digest).not.toBe(empty.body.state_digest);
  });

  it('unlike upstream, a poisoned batch is a 422 naming the bad change, and nothing of it is stored', async () => {
    const t = Date.now();
    const good = entity('good', versionAt(t));
    const bad = { ...entity('bad', versionAt(t)), entity_type: 'spaceship' };
    const res = await server.call<{ detail: unknown; error: { type: string; message: string; details: { index: number; entity_id: string } } }>('POST', '/api/v1/sync/', {
      token,
      body: syncBody([create(good), create(entity('also-good', versionAt(t, 'alice', 2))), { change_type: 'create', entity: bad, relationships: [] }]),
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ type: 'validation', details: { index: 2, entity_id: 'bad' } });
    expect(res.body.error.message).toContain('change 2 (entity bad)');
    expect(Array.isArray(res.body.detail)).toBe(true);
    const badEdge = { ...edge('x', good, good), relationship_type: 'likes' };
    const edgeRes = await server.call<{ error: { details: { relationship_id: string } } }>('POST', '/api/v1/sync/', { token, body: syncBody([create(good, [badEdge])]) });
    expect(edgeRes.status).toBe(422);
    expect(edgeRes.body.error.details.relationship_id).toBe('x');
    expect((await sync()).body.changes).toEqual([]);
  });

  it('serves the REST reads of §5: list, get with naive times, search, path, statistics', async () => {
    const t = Date.now();
    const home = entity('home', versionAt(t), { entity_type: 'home', name: 'Our House' });
    const kitchen = entity('kitchen', versionAt(t), { entity_type: 'room', name: 'Kitchen' });
    const light = entity('light', versionAt(t), { name: 'Ceiling Light', content: { manufacturer: 'Hue' } });
    await sync([create(home), create(kitchen, [edge('k-h', kitchen, home)]), create(light, [edge('l-k', light, kitchen)])]);
    const got = await server.call<{ created_at: string; updated_at: string; name: string }>('GET', '/api/v1/graph/entities/light', { token });
    expect(got.body.name).toBe('Ceiling Light');
    expect(got.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
    const rooms = await server.call<{ entities: Array<{ id: string }> }>('GET', '/api/v1/graph/entities?entity_type=room', { token });
    expect(rooms.body.entities.map((e) => e.id)).toEqual(['kitchen']);
    const paged = await server.call<{ entities: Array<{ id: string }> }>('GET', '/api/v1/graph/entities?limit=1&offset=1', { token });
    expect(paged.body.entities.map((e) => e.id)).toEqual(['kitchen']);
    const search = await server.call<{ results: Array<{ entity: { id: string } }> }>('POST', '/api/v1/graph/search', { token, body: { query: 'hue' } });
    expect(search.body.results.map((r) => r.entity.id)).toEqual(['light']);
    const path = await server.call<{ found: boolean; length: number; path: Array<{ id: string }> }>('POST', '/api/v1/graph/path', { token, body: { from_entity_id: 'light', to_entity_id: 'home' } });
    expect(path.body).toMatchObject({ found: true, length: 2 });
    expect(path.body.path.map((p) => p.id)).toEqual(['light', 'kitchen', 'home']);
    const stats = await server.call<{ total_entities: number; total_relationships: number; entity_types: Record<string, number> }>('GET', '/api/v1/graph/statistics', { token });
    expect(stats.body).toMatchObject({ total_entities: 3, total_relationships: 2, entity_types: { home: 1, room: 1, device: 1 } });
  });
});
