// The store side of sync (issue #11): a full pull of 20 000 entities + 45 000 relationships applied through the
// SyncLocalStore port in pages of 500 (target ≤ 2 s total), a delta of 100 changes, and the digest over server heads.
// Baseline in the same run: the same rows written with plain INSERTs in one transaction (versions, current pointer,
// full-text rows, edges) into a fresh file, and the delta as plain INSERT/UPDATEs on that file, i.e. the least any
// store must do (no validation, no heads, no log); `ratio` = port time / baseline time.
// Merges its figures into bench/results/sync.json under "store" (the over-the-wire part lives beside it).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraphDatabase, SqliteGraphStore } from '../../src-main/graph/SqliteGraphStore';
import { flattenContent } from '../../src-main/store/flattenContent';
import type { SqliteDatabase } from '../../src-main/store/openDatabase';
import { transaction } from '../../src-main/store/transaction';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { formatVersion } from '../../src-shared/protocol/version';
import { generateHome } from '../server/generateHome';

const ENTITIES = 20_000;
const EDGES = 45_000;
const PAGE = 500;
const DELTA = 100;

const figures: Record<string, unknown> = { measured_at: new Date().toISOString() };
const round = (n: number, d = 1): number => Math.round(n * 10 ** d) / 10 ** d;
const dir = mkdtempSync(join(tmpdir(), 'goodies-bench-sync-'));

function pages<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += PAGE) out.push(rows.slice(i, i + PAGE));
  return out;
}

/** The baseline: one transaction of plain INSERTs with the columns reads need. */
function plainInserts(db: SqliteDatabase, entities: readonly Entity[], relationships: readonly Relationship[]): void {
  const version = db.prepare(
    'INSERT INTO entity_versions (id, version, entity_type, name, content, source_type, user_id, parent_versions, checksum, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)',
  );
  const current = db.prepare('INSERT INTO entity_current (id, version, entity_type, deleted, server_version) VALUES (?, ?, ?, 0, ?)');
  const fts = db.prepare('INSERT INTO entity_fts (rowid, name, body) VALUES (?, ?, ?)');
  const edge = db.prepare('INSERT INTO relationships (id, from_id, from_version, to_id, to_version, type, properties, pending) VALUES (?, ?, ?, ?, ?, ?, ?, 0)');
  transaction(db, () => {
    for (const e of entities) {
      version.run(e.id, e.version, e.entity_type, e.name, JSON.stringify(e.content), e.source_type, e.user_id, JSON.stringify(e.parent_versions));
      const seq = Number(current.run(e.id, e.version, e.entity_type, e.version).lastInsertRowid);
      fts.run(seq, e.name, flattenContent(e.content));
    }
    for (const r of relationships) {
      edge.run(r.id, r.from_entity_id, r.from_entity_version, r.to_entity_id, r.to_entity_version, r.relationship_type, JSON.stringify(r.properties));
    }
  });
}

/** The delta baseline: the least a delta must do on a stored home (new version, pointer moved, text re-indexed). */
function plainDelta(db: SqliteDatabase, entities: readonly Entity[]): void {
  const version = db.prepare(
    'INSERT INTO entity_versions (id, version, entity_type, name, content, source_type, user_id, parent_versions, checksum, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)',
  );
  const current = db.prepare('UPDATE entity_current SET version = ?, server_version = ? WHERE id = ? RETURNING seq');
  const ftsDelete = db.prepare('DELETE FROM entity_fts WHERE rowid = ?');
  const fts = db.prepare('INSERT INTO entity_fts (rowid, name, body) VALUES (?, ?, ?)');
  transaction(db, () => {
    for (const e of entities) {
      version.run(e.id, e.version, e.entity_type, e.name, JSON.stringify(e.content), e.source_type, e.user_id, JSON.stringify(e.parent_versions));
      const { seq } = current.get(e.version, e.version, e.id) as { seq: number };
      ftsDelete.run(seq);
      fts.run(seq, e.name, flattenContent(e.content));
    }
  });
}

function deltaOf(entities: readonly Entity[]): Entity[] {
  const base = Date.parse('2026-07-01T00:00:00Z') * 1000;
  return Array.from({ length: DELTA }, (_, i) => {
    const e = entities[(i * 197) % entities.length]!;
    return { ...e, version: formatVersion(base + i, i, 'bob'), name: `${e.name} (renamed)`, user_id: 'bob', parent_versions: [e.version] };
  });
}

describe('sync store bench', () => {
  const home = generateHome(ENTITIES, EDGES);

  it(`full pull of ${ENTITIES} entities + ${EDGES} relationships through applyPulled, pages of ${PAGE}`, async () => {
    const baselineDb = openGraphDatabase(join(dir, 'baseline.db'));
    let started = performance.now();
    plainInserts(baselineDb, home.entities, home.relationships);
    const baselineMs = performance.now() - started;

    const db = openGraphDatabase(join(dir, 'port.db'));
    const store = new SqliteGraphStore(db, { externalWritePollMs: 0 });
    let applied = 0;
    started = performance.now();
    // As the engine does for a full pull: checkpoints deferred to one at the end (counted in the figure).
    store.beginLargePull();
    for (const page of pages(home.entities)) applied += (await store.applyPulled('bench', { entities: page, relationships: [] })).applied;
    for (const page of pages(home.relationships)) applied += (await store.applyPulled('bench', { entities: [], relationships: page })).applied;
    store.endLargePull();
    const fullMs = performance.now() - started;
    expect(applied).toBe(ENTITIES + EDGES);
    expect((await store.getStats()).relationshipCount).toBe(EDGES);

    started = performance.now();
    const again = (await store.applyPulled('bench', { entities: home.entities.slice(0, PAGE), relationships: [] })).applied;
    const idempotentPageMs = performance.now() - started;
    expect(again).toBe(0);

    const delta = deltaOf(home.entities);
    started = performance.now();
    const deltaApplied = (await store.applyPulled('bench', { entities: delta, relationships: [] })).applied;
    const deltaMs = performance.now() - started;
    expect(deltaApplied).toBe(DELTA);

    started = performance.now();
    plainDelta(baselineDb, delta);
    const deltaBaselineMs = performance.now() - started;
    baselineDb.close();

    started = performance.now();
    await store.serverHeadDigest();
    const digestMs = performance.now() - started;

    const local = deltaOf(home.entities.slice(1)).map((e) => ({ ...e, user_id: 'me', version: e.version.replace('-bob', '-me') }));
    started = performance.now();
    await store.applyChanges({ entities: local, pending: true });
    const pending = await store.pendingChanges();
    await store.markPushed('bench', { entities: pending.entities.map((p) => ({ id: p.entity.id, version: p.entity.version })), relationships: [] });
    const localRoundMs = performance.now() - started;
    expect((await store.pendingChanges()).entities).toEqual([]);

    store.dispose();
    db.close();
    Object.assign(figures, {
      full_pull: {
        entities: ENTITIES,
        relationships: EDGES,
        page_size: PAGE,
        pages: Math.ceil(ENTITIES / PAGE) + Math.ceil(EDGES / PAGE),
        ms: round(fullMs),
        rows_per_s: Math.round(((ENTITIES + EDGES) / fullMs) * 1000),
        target_ms: 2000,
        baseline_plain_inserts_ms: round(baselineMs),
        ratio: round(fullMs / baselineMs, 2),
      },
      idempotent_page_ms: round(idempotentPageMs, 2),
      delta: { changes: DELTA, ms: round(deltaMs, 2), baseline_plain_statements_ms: round(deltaBaselineMs, 2), ratio: round(deltaMs / deltaBaselineMs, 2) },
      server_head_digest_ms: round(digestMs, 1),
      local_edit_push_ack_100_ms: round(localRoundMs, 1),
    });
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const resultsDir = join(__dirname, '../results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'sync.json');
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  figures['load_average_1m'] = Number(loadavg()[0]!.toFixed(2));
  writeFileSync(file, `${JSON.stringify({ ...existing, store: figures }, null, 2)}\n`);
  console.log(JSON.stringify({ store: figures }, null, 2));
});
