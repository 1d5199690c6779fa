// Sync client pull, over real HTTP from our home server on 127.0.0.1 into a real client data dir (SQLite on disk):
// 1. full pull of 20 000 entities + 45 000 relationships through the SyncEngine (target ≤ 2 s);
// 2. a delta of 100 changed entities.
// Baselines measured in the same run: the same pages fetched and parsed by the client without applying them (wire
// only), and a delta sync with nothing new (the fixed cost: health probe, empty push, digest). Writes
// bench/results/sync-pull.json. Run: npx vitest run --config bench/sync/pull.vitest.config.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { NodePlatform } from '../../src-main/platform/NodePlatform';
import { createMainServices } from '../../src-main/services';
import { InbetweeniesClient } from '../../src-main/sync/InbetweeniesClient';
import type { SyncChange } from '../../src-shared/protocol/inbetweeniesSync';
import { formatVersion } from '../../src-shared/protocol/version';
import { ADMIN_PASSWORD } from '../../tests/server/support/testServer';
import { generateHome } from '../server/generateHome';
import { startServerProcess } from './serverProcess';

const ENTITIES = Number(process.env.GOODIES_BENCH_SYNC_ENTITIES ?? 20_000);
const EDGES = Number(process.env.GOODIES_BENCH_SYNC_EDGES ?? 45_000);
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
/** CPU time of this process (the client: the server is a child process) since `start`; steadier than wall time under load. */
const cpuMs = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

it('pulls a 20k-entity home over the wire, then a delta of 100', async () => {
  // The server runs in its own process (as a real home server would): in-process, its JSON work shared the client's
  // event loop and the client could not fetch page n+1 while applying page n.
  const server = await startServerProcess();
  const dataDir = mkdtempSync(join(tmpdir(), 'goodies-bench-sync-'));
  const platform = new NodePlatform({ dataDir, onlineCheckIntervalMs: 0, writeNotification: () => {} });
  const services = await createMainServices(platform, { runtime: 'cli', userId: 'bench', loadDemoHome: false });
  try {
    const token = await server.adminToken();
    const writer = new InbetweeniesClient({ baseUrl: server.url, token: () => token, timeoutMs: 600_000 });
    const home = generateHome(ENTITIES, EDGES);
    const push = async (changes: SyncChange[]) => writer.sync({ deviceId: 'bench-writer', userId: 'bench', syncType: 'delta', changes, filters: { since: '2999-01-01T00:00:00' } });
    for (let i = 0; i < home.entities.length; i += 2_000) await push(home.entities.slice(i, i + 2_000).map((entity) => ({ change_type: 'create', entity, relationships: [] })));
    for (let i = 0; i < home.relationships.length; i += 5_000) await push([{ change_type: 'update', entity: null, relationships: home.relationships.slice(i, i + 5_000) }]);

    // Baseline: the same pages over the wire, parsed and validated by the client, applied nowhere.
    let cpu = process.cpuUsage();
    let t = process.hrtime.bigint();
    let page = await writer.sync({ deviceId: 'bench-reader', userId: 'bench', syncType: 'full', includeRelationships: true });
    let wireRows = page.changes.length;
    while (page.cursor) {
      page = await writer.sync({ deviceId: 'bench-reader', userId: 'bench', syncType: 'delta', cursor: page.cursor, includeRelationships: true });
      wireRows += page.changes.length;
    }
    const wireOnlyMs = ms(t);
    const wireOnlyCpuMs = cpuMs(cpu);

    await services.sync.service.login(server.url, { kind: 'password', password: ADMIN_PASSWORD });
    cpu = process.cpuUsage();
    t = process.hrtime.bigint();
    const full = await services.sync.service.syncNow();
    const fullMs = ms(t);
    const fullCpuMs = cpuMs(cpu);
    expect(full.pulled.entities).toBe(ENTITIES);
    expect(full.digest.matched).toBe(true);

    t = process.hrtime.bigint();
    await services.sync.service.syncNow();
    const idleDeltaMs = ms(t);

    const base = Date.now() * 1000;
    await push(home.entities.slice(0, 100).map((e, i) => ({ change_type: 'update', entity: { ...e, name: `${e.name} (renamed)`, version: formatVersion(base + i, i, 'bench'), parent_versions: [e.version] }, relationships: [] })));
    t = process.hrtime.bigint();
    const delta = await services.sync.service.syncNow();
    const deltaMs = ms(t);
    expect(delta.digest.matched).toBe(true);
    expect((await services.store.getEntity(home.entities[0]!.id))?.name).toMatch(/renamed/);

    const result = {
      measured_at: new Date().toISOString(),
      load_average_1m: Number(loadavg()[0]!.toFixed(2)),
      server: 'child process (bench/sync/serverProcess.ts)',
      entities: ENTITIES,
      relationships: EDGES,
      full_pull: { ms: Math.round(fullMs), client_cpu_ms: Math.round(fullCpuMs), target_ms: 2_000, pulled_entities: full.pulled.entities, pulled_relationships: full.pulled.relationships, rows_per_s: Math.round(((full.pulled.entities + full.pulled.relationships) / fullMs) * 1000) },
      wire_only_baseline: { ms: Math.round(wireOnlyMs), client_cpu_ms: Math.round(wireOnlyCpuMs), changes: wireRows },
      full_vs_wire_ratio: Number((fullMs / wireOnlyMs).toFixed(2)),
      delta_100: { ms: Math.round(deltaMs), pulled_entities: delta.pulled.entities },
      idle_delta_baseline: { ms: Math.round(idleDeltaMs) },
      delta_vs_idle_ratio: Number((deltaMs / idleDeltaMs).toFixed(2)),
    };
    console.log(`load average ${result.load_average_1m}`);
    console.log(`full pull ${ENTITIES} entities + ${EDGES} edges: ${result.full_pull.ms} ms (target ≤ 2000), wire only ${result.wire_only_baseline.ms} ms, ratio ${result.full_vs_wire_ratio}×`);
    console.log(`client CPU: full pull ${result.full_pull.client_cpu_ms} ms, wire only ${result.wire_only_baseline.client_cpu_ms} ms`);
    console.log(`delta of 100: ${result.delta_100.ms} ms (${delta.pulled.entities} rows re-pulled), idle delta ${result.idle_delta_baseline.ms} ms, ratio ${result.delta_vs_idle_ratio}×`);
    mkdirSync(join(__dirname, '../results'), { recursive: true });
    writeFileSync(join(__dirname, '../results/sync-pull.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await services.dispose();
    platform.dispose();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
