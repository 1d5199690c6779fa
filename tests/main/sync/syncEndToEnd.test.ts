// Issue #11 "Done when", against our server (started for real) and the upstream-quirk fixture: `goodies login` +
// `goodies sync` push a home and a second data dir pulls it; a change made offline is pushed on reconnect; two
// clients with conflicting edits converge (digest equal) with the conflict visible; a guest never pushes; a poisoned
// change is parked while the rest syncs. Each client is a real data dir (SQLite on disk) reached through a proxy that
// can cut the network.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import type { MainServices } from '../../../src-main/services';
import { openDataDir } from './support/openDataDir';
import type { Entity, Relationship } from '../../../src-shared/protocol/entities';
import { VersionClock } from '../../../src-shared/protocol/version';
import { startUpstreamFixtureServer } from '../../fakes/upstreamFixtureServer';
import { FIXTURE_ADMIN_PASSWORD } from '../../fakes/upstreamFixtureServer';
import { startSwitchableProxy, type SwitchableProxy } from './support/switchableProxy';
import { SYNC_SERVERS, type RunningSyncServer } from './support/syncServers';

const clock = new VersionClock();

function testHome(user: string): { entities: Entity[]; relationships: Relationship[] } {
  const make = (id: string, entity_type: Entity['entity_type'], name: string, content: Record<string, unknown> = {}): Entity => ({
    id, version: clock.next(user), entity_type, name, content, source_type: 'manual', user_id: user, parent_versions: [],
  });
  const home = make('home-1', 'home', 'Test House');
  const kitchen = make('room-kitchen', 'room', 'Kitchen');
  const hall = make('room-hall', 'room', 'Hall');
  const lamp = make('dev-lamp', 'device', 'Kitchen Lamp', { manufacturer: 'Hue', capabilities: ['on_off'] });
  const kettle = make('dev-kettle', 'device', 'Kettle');
  const edge = (id: string, from: Entity, to: Entity, type: Relationship['relationship_type']): Relationship => ({
    id, from_entity_id: from.id, from_entity_version: from.version, to_entity_id: to.id, to_entity_version: to.version, relationship_type: type, properties: {},
  });
  return {
    entities: [home, kitchen, hall, lamp, kettle],
    relationships: [edge('e-k-home', kitchen, home, 'part_of'), edge('e-h-home', hall, home, 'part_of'), edge('e-lamp', lamp, kitchen, 'located_in'), edge('e-kettle', kettle, kitchen, 'located_in'), edge('e-k-h', kitchen, hall, 'connects_to')],
  };
}

interface Client {
  dir: string;
  proxy: SwitchableProxy;
  cli(argv: string[], stdin?: string): Promise<{ code: number; out: string; err: string }>;
  /** Opens the data dir's services (as the app would), runs `use`, closes them. */
  open<T>(use: (services: MainServices) => Promise<T>): Promise<T>;
}

async function startClient(serverUrl: string, user: string, dirs: string[]): Promise<Client> {
  const dir = mkdtempSync(join(tmpdir(), `goodies-sync-${user}-`));
  dirs.push(dir);
  const proxy = await startSwitchableProxy(serverUrl);
  return {
    dir,
    proxy,
    async cli(argv, stdin) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['--data-dir', dir, ...argv], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), ...(stdin !== undefined ? { readStdin: async () => stdin } : {}) });
      return { code, out: out.join(''), err: err.join('') };
    },
    open: (use) => openDataDir(dir, user, use),
  };
}

async function snapshot(client: Client): Promise<{ digest: string; entities: Record<string, string>; relationships: string[] }> {
  return client.open(async (s) => {
    const entities = await s.store.listEntities();
    const relationships = await s.store.getRelationships();
    return {
      digest: await s.store.serverHeadDigest(),
      entities: Object.fromEntries(entities.map((e) => [e.id, e.name])),
      relationships: relationships.map((r) => r.id).sort(),
    };
  });
}

async function rename(client: Client, id: string, name: string, user: string): Promise<void> {
  await client.open(async (s) => {
    const current = await s.store.getEntity(id);
    if (!current) throw new Error(`no ${id}`);
    await s.store.applyChanges({ entities: [{ ...current, name, version: clock.next(user), user_id: user, parent_versions: [current.version] }], pending: true });
  });
}

describe.each(SYNC_SERVERS)('sync end to end against $name', (kind) => {
  let server: RunningSyncServer;
  const dirs: string[] = [];
  const proxies: SwitchableProxy[] = [];
  beforeEach(async () => {
    server = await kind.start();
  });
  afterEach(async () => {
    for (const p of proxies.splice(0)) await p.stop();
    await server.stop();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const client = async (user: string): Promise<Client> => {
    const c = await startClient(server.url, user, dirs);
    proxies.push(c.proxy);
    return c;
  };
  const login = async (c: Client): Promise<void> => {
    const res = await c.cli(['login', '--server', c.proxy.url, '--password-stdin'], `${server.adminPassword}\n`);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
  };

  it('goodies login + goodies sync push a home; a second data dir pulls it (entities, edges, digest equal)', async () => {
    const a = await client('alice');
    const home = testHome('alice');
    await a.open((s) => s.store.applyChanges({ ...home, pending: true }));
    await login(a);
    const pushed = await a.cli(['sync']);
    expect(pushed.err).toBe('');
    expect(pushed.code).toBe(0);
    expect(pushed.out).toMatch(/Pushed: +5 entities, 5 relationships/);
    expect(pushed.out).toMatch(/Digest: +matches the server/);

    const b = await client('bob');
    await login(b);
    const pulled = await b.cli(['sync']);
    expect(pulled.code).toBe(0);
    expect(pulled.out).toMatch(/Full sync/);
    expect(pulled.out).toMatch(/Pulled: +5 entities, 5 relationships/);
    const [sa, sb] = [await snapshot(a), await snapshot(b)];
    expect(sb.entities).toEqual(sa.entities);
    expect(sb.relationships).toEqual(home.relationships.map((r) => r.id).sort());
    expect(sb.digest).toBe(sa.digest);
    const status = await b.cli(['sync', 'status']);
    expect(status.out).toMatch(/digest matched/);
    expect(status.out).toMatch(/0 local changes not yet pushed/);
  });

  it('a change made offline exits 2 with the pending count, and is pushed on reconnect', async () => {
    const a = await client('alice');
    await a.open((s) => s.store.applyChanges({ ...testHome('alice'), pending: true }));
    await login(a);
    expect((await a.cli(['sync'])).code).toBe(0);
    await a.proxy.goOffline();
    await rename(a, 'dev-lamp', 'Reading Lamp', 'alice');
    const offline = await a.cli(['sync']);
    expect(offline.code).toBe(2);
    expect(offline.out).toMatch(/Offline: 1 local change not yet pushed/);
    await a.proxy.goOnline();
    const back = await a.cli(['sync']);
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/Pushed: +1 entities/);

    const b = await client('bob');
    await login(b);
    expect((await b.cli(['sync'])).code).toBe(0);
    expect((await snapshot(b)).entities['dev-lamp']).toBe('Reading Lamp');
  });

  it('two clients, one offline, edit the same device: both converge (digest equal) and the conflict is visible', async () => {
    const a = await client('alice');
    const b = await client('bob');
    await a.open((s) => s.store.applyChanges({ ...testHome('alice'), pending: true }));
    await login(a);
    await login(b);
    expect((await a.cli(['sync'])).code).toBe(0);
    expect((await b.cli(['sync'])).code).toBe(0);

    await b.proxy.goOffline();
    await rename(b, 'dev-kettle', 'Bob\'s Kettle', 'bob');
    expect((await b.cli(['sync'])).code).toBe(2);
    await rename(a, 'dev-kettle', 'Alice\'s Kettle', 'alice');
    await rename(a, 'dev-lamp', 'Lamp (A)', 'alice');
    expect((await a.cli(['sync'])).code).toBe(0);

    await b.proxy.goOnline();
    const reconnect = await b.cli(['sync']);
    expect(reconnect.code).toBe(0);
    expect(reconnect.out).toMatch(/Conflicts: 1/);
    expect((await a.cli(['sync'])).code).toBe(0);
    expect((await b.cli(['sync'])).code).toBe(0);

    const [sa, sb] = [await snapshot(a), await snapshot(b)];
    expect(sb.digest).toBe(sa.digest);
    expect(sb.entities).toEqual(sa.entities);
    expect(sb.entities['dev-lamp']).toBe('Lamp (A)');
    expect(['Alice\'s Kettle', 'Bob\'s Kettle']).toContain(sb.entities['dev-kettle']);
    const conflicts = await b.open((s) => s.store.listConflicts());
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ entityId: 'dev-kettle' });
    expect((await b.cli(['sync', 'status'])).out).toMatch(/Conflicts: +1 unresolved/);
  });

  it('a guest pulls but never pushes', async () => {
    const a = await client('alice');
    await a.open((s) => s.store.applyChanges({ ...testHome('alice'), pending: true }));
    await login(a);
    expect((await a.cli(['sync'])).code).toBe(0);

    const guest = await client('guest');
    const login2 = await guest.cli(['login', '--server', guest.proxy.url, '--guest-token', await server.guestToken()]);
    expect(login2.code).toBe(0);
    expect(login2.out).toMatch(/\(guest\)/);
    expect((await guest.cli(['sync'])).code).toBe(0);
    await rename(guest, 'dev-lamp', 'Guest was here', 'guest');
    const sync = await guest.cli(['sync']);
    expect(sync.code).toBe(0);
    expect(sync.out).toMatch(/Pushed: +0 entities/);
    expect((await a.cli(['sync'])).code).toBe(0);
    expect((await snapshot(a)).entities['dev-lamp']).toBe('Kitchen Lamp');
  });
});

describe('a poisoned change (upstream fixture that lacks a type: its 500)', () => {
  it('is found by bisecting, parked with its error, and the rest syncs', async () => {
    const fixture = await startUpstreamFixtureServer({ knownEntityTypes: ['home', 'room', 'device'] });
    const dirs: string[] = [];
    const a = await startClient(fixture.url, 'alice', dirs);
    try {
      const home = testHome('alice');
      const app: Entity = { id: 'app-1', version: clock.next('alice'), entity_type: 'app', name: 'Hue App', content: {}, source_type: 'manual', user_id: 'alice', parent_versions: [] };
      await a.open((s) => s.store.applyChanges({ entities: [...home.entities, app], relationships: home.relationships, pending: true }));
      expect((await a.cli(['login', '--server', a.proxy.url, '--password-stdin'], FIXTURE_ADMIN_PASSWORD)).code).toBe(0);
      const res = await a.cli(['sync']);
      expect(res.code).toBe(0);
      expect(res.out).toMatch(/Pushed: +5 entities, 5 relationships/);
      expect(res.out).toMatch(/Parked: +1\n +app-1: .*500/);
      expect(res.out).toMatch(/Digest: +matches the server/);
      expect(fixture.poisonedPushes).toBeGreaterThan(0);
      expect(fixture.entityCount).toBe(5);
      const parked = await a.open((s) => s.outbox.list({ status: ['parked'] }));
      expect(parked.map((p) => p.payload)).toEqual([{ entity_id: 'app-1', version: app.version }]);
      // The next sync does not try it again (no new 500), and the status shows it.
      const before = fixture.poisonedPushes;
      expect((await a.cli(['sync'])).code).toBe(0);
      expect(fixture.poisonedPushes).toBe(before);
      expect((await a.cli(['sync', 'status'])).out).toMatch(/parked changes: 1/);
    } finally {
      await a.proxy.stop();
      await fixture.stop();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
