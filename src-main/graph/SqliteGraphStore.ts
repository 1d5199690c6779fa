// The GraphStore port over the app's SQLite file (schema: src-main/store/graphMigrations.ts; notes: ./README.md).
import type { StatementSyncInstance } from '@photostructure/sqlite';
import { z } from 'zod';
import { AppError, formatZodError } from '../../src-shared/errors';
import { entitySchema, isTombstone, relationshipSchema } from '../../src-shared/protocol/entities';
import type { Entity, EntityType, Relationship } from '../../src-shared/protocol/entities';
import { canonicalVersion } from '../../src-shared/protocol/version';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter } from '../lifecycle/Emitter';
import { buildFtsQuery } from '../store/buildFtsQuery';
import { flattenContent } from '../store/flattenContent';
import { graphMigrations } from '../store/graphMigrations';
import type { Migration } from '../store/Migration';
import { openDatabase } from '../store/openDatabase';
import type { SqliteDatabase } from '../store/openDatabase';
import { runMigrations } from '../store/runMigrations';
import { transaction } from '../store/transaction';
import type {
  GraphChangeEvent,
  GraphChangeSet,
  GraphStats,
  GraphStore,
  ListEntitiesQuery,
  RelationshipQuery,
  TextSearchHit,
} from './GraphStore';

interface EntityRow {
  id: string;
  version: string;
  entity_type: string;
  name: string;
  content: string;
  source_type: string;
  user_id: string;
  parent_versions: string;
  checksum: string | null;
}

interface RelationshipRow {
  id: string;
  from_id: string;
  from_version: string;
  to_id: string;
  to_version: string;
  type: string;
  properties: string;
}

interface CurrentRow {
  seq: number;
  version: string;
  deleted: number;
}

interface SearchRow extends EntityRow {
  raw_score: number;
  name_snippet: string;
  body_snippet: string;
}

const ENTITY_COLUMNS = 'v.id, v.version, v.entity_type, v.name, v.content, v.source_type, v.user_id, v.parent_versions, v.checksum';
const CURRENT_JOIN = 'entity_current c JOIN entity_versions v ON v.id = c.id AND v.version = c.version';
const VISIBLE_EDGE_JOIN =
  'relationships r JOIN entity_current f ON f.id = r.from_id AND f.deleted = 0 JOIN entity_current t ON t.id = r.to_id AND t.deleted = 0';
const TYPES_FILTER = '(SELECT value FROM json_each(?))';
// Private-use markers survive snippet() untouched and cannot collide with text people type; they become ** below.
const MARK_START = '\u{E000}';
const MARK_END = '\u{E001}';
/** Names matter more than content: a hit in the name is worth this many hits in the body (bm25 column weights). */
const NAME_WEIGHT = 10;
const DEFAULT_SEARCH_LIMIT = 10;
const MAX_SEARCH_LIMIT = 200;

const changeSetSchema = z.object({
  entities: z.array(entitySchema).max(200_000),
  relationships: z.array(relationshipSchema).max(1_000_000),
});

/** Opens (creating if needed) a database file and brings the graph schema (plus any `extraMigrations`) up to date. */
export function openGraphDatabase(filePath: string, extraMigrations: readonly Migration[] = []): SqliteDatabase {
  const db = openDatabase(filePath);
  try {
    runMigrations(db, [...graphMigrations, ...extraMigrations]);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Entity versions are immutable and all kept; the current pointer per id is the lexically greatest canonical
 * version (legacy `+00:00Z` versions are rewritten on write so the comparison stays lexical). The store owns its
 * statements and emitter but not the database: whoever opened it closes it.
 */
export class SqliteGraphStore implements GraphStore, Disposable {
  private readonly changeEmitter = new Emitter<GraphChangeEvent>();
  private readonly statements = new Map<string, StatementSyncInstance>();
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly db: SqliteDatabase) {}

  async getEntity(id: string, options: { includeDeleted?: boolean } = {}): Promise<Entity | undefined> {
    const row = this.stmt(
      `SELECT ${ENTITY_COLUMNS} FROM ${CURRENT_JOIN} WHERE c.id = ? AND (? = 1 OR c.deleted = 0)`,
    ).get(id, options.includeDeleted ? 1 : 0) as EntityRow | undefined;
    return row ? toEntity(row) : undefined;
  }

  async getEntities(ids: readonly string[]): Promise<Map<string, Entity>> {
    const result = new Map<string, Entity>();
    if (ids.length === 0) return result;
    const rows = this.stmt(
      `SELECT ${ENTITY_COLUMNS} FROM json_each(?) j JOIN entity_current c ON c.id = j.value JOIN entity_versions v ON v.id = c.id AND v.version = c.version WHERE c.deleted = 0`,
    ).all(JSON.stringify(ids)) as EntityRow[];
    for (const row of rows) result.set(row.id, toEntity(row));
    return result;
  }

  async getVersions(id: string): Promise<Entity[]> {
    const rows = this.stmt(`SELECT ${ENTITY_COLUMNS} FROM entity_versions v WHERE v.id = ? ORDER BY v.version`).all(id) as EntityRow[];
    return rows.map(toEntity);
  }

  async listEntities(query: ListEntitiesQuery = {}): Promise<Entity[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (!query.includeDeleted) where.push('c.deleted = 0');
    if (query.types) {
      where.push(`c.entity_type IN ${TYPES_FILTER}`);
      params.push(JSON.stringify(query.types));
    }
    params.push(checkCount(query.limit, 'limit') ?? -1, checkCount(query.offset, 'offset') ?? 0);
    const sql =
      `SELECT ${ENTITY_COLUMNS} FROM ${CURRENT_JOIN}` +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY v.name COLLATE NOCASE, v.id LIMIT ? OFFSET ?';
    return (this.stmt(sql).all(...params) as EntityRow[]).map(toEntity);
  }

  async getRelationships(query: RelationshipQuery = {}): Promise<Relationship[]> {
    const where: string[] = [];
    const params: string[] = [];
    if (query.fromId !== undefined) {
      where.push('r.from_id = ?');
      params.push(query.fromId);
    }
    if (query.toId !== undefined) {
      where.push('r.to_id = ?');
      params.push(query.toId);
    }
    if (query.anyId !== undefined) {
      where.push('(r.from_id = ? OR r.to_id = ?)');
      params.push(query.anyId, query.anyId);
    }
    if (query.types) {
      where.push(`r.type IN ${TYPES_FILTER}`);
      params.push(JSON.stringify(query.types));
    }
    const sql =
      `SELECT r.id, r.from_id, r.from_version, r.to_id, r.to_version, r.type, r.properties FROM ${VISIBLE_EDGE_JOIN}` +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY r.id';
    return (this.stmt(sql).all(...params) as RelationshipRow[]).map(toRelationship);
  }

  async searchText(query: string, options: { types?: readonly EntityType[]; limit?: number } = {}): Promise<TextSearchHit[]> {
    const fts = buildFtsQuery(query);
    if (!fts) return [];
    const limit = Math.min(checkCount(options.limit, 'limit') ?? DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT);
    if (limit === 0) return [];
    let rows = this.runFts(fts.all, options.types, limit);
    if (rows.length === 0 && fts.terms.length > 1) rows = this.runFts(fts.any, options.types, limit);
    if (rows.length === 0) return this.searchNamesContaining(query.trim(), options.types, limit);
    // bm25 is negative, more negative = better: dividing by the best row maps the set onto (0, 1].
    const best = Math.min(...rows.map((r) => r.raw_score));
    return rows.map((row) => ({
      entity: toEntity(row),
      score: best < 0 ? round3(Math.min(1, Math.max(0, row.raw_score / best))) : 1,
      highlights: [row.name_snippet, row.body_snippet].filter((s) => s.includes(MARK_START)).map(toHighlight),
    }));
  }

  async applyChanges(changes: GraphChangeSet): Promise<void> {
    const parsed = changeSetSchema.safeParse({ entities: changes.entities ?? [], relationships: changes.relationships ?? [] });
    if (!parsed.success) {
      throw new AppError('validation', `Invalid graph change: ${formatZodError(parsed.error)}`, {
        details: { issues: parsed.error.issues.slice(0, 20) },
      });
    }
    const entities = parsed.data.entities.map(canonicalEntity);
    const relationships = parsed.data.relationships.map(canonicalRelationship);
    const pending = changes.pending ? 1 : 0;

    const changed = transaction(this.db, () => {
      this.checkEndpoints(entities, relationships);
      const entityIds = new Set<string>();
      for (const entity of entities) if (this.writeEntity(entity, pending)) entityIds.add(entity.id);
      const relationshipIds = new Set<string>();
      for (const rel of relationships) if (this.writeRelationship(rel, pending)) relationshipIds.add(rel.id);
      return { entityIds: [...entityIds], relationshipIds: [...relationshipIds] };
    });
    if (changed.entityIds.length > 0 || changed.relationshipIds.length > 0) this.changeEmitter.fire(changed);
  }

  async getStats(): Promise<GraphStats> {
    const byType = this.stmt('SELECT entity_type, COUNT(*) AS n FROM entity_current WHERE deleted = 0 GROUP BY entity_type').all() as {
      entity_type: EntityType;
      n: number;
    }[];
    const countsByType: Partial<Record<EntityType, number>> = {};
    let entityCount = 0;
    for (const row of byType) {
      countsByType[row.entity_type] = row.n;
      entityCount += row.n;
    }
    const count = (sql: string): number => (this.stmt(sql).get() as { n: number }).n;
    return {
      entityCount,
      relationshipCount: count(`SELECT COUNT(*) AS n FROM ${VISIBLE_EDGE_JOIN}`),
      pendingEntityCount: count('SELECT COUNT(*) AS n FROM entity_versions WHERE pending = 1'),
      pendingRelationshipCount: count('SELECT COUNT(*) AS n FROM relationships WHERE pending = 1'),
      countsByType,
    };
  }

  async getMeta(key: string): Promise<string | undefined> {
    const row = this.stmt('SELECT value FROM graph_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.stmt('INSERT INTO graph_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Local edits not yet acknowledged by a server, oldest version first (for sync; not part of the port). */
  async listPending(): Promise<{ entities: Entity[]; relationships: Relationship[] }> {
    const entities = (this.stmt(`SELECT ${ENTITY_COLUMNS} FROM entity_versions v WHERE v.pending = 1 ORDER BY v.version`).all() as EntityRow[]).map(toEntity);
    const relationships = (
      this.stmt('SELECT id, from_id, from_version, to_id, to_version, type, properties FROM relationships WHERE pending = 1 ORDER BY id').all() as RelationshipRow[]
    ).map(toRelationship);
    return { entities, relationships };
  }

  /**
   * Clears the pending flag after a server acked ids (sync; not part of the port). An entity ack covers the pushed
   * version and older ones, never a newer local edit made while the push was in flight.
   */
  async markAcked(acks: { entities?: readonly { id: string; version: string }[]; relationshipIds?: readonly string[] }): Promise<void> {
    const clearEntity = this.stmt('UPDATE entity_versions SET pending = 0 WHERE id = ? AND version <= ? AND pending = 1');
    const clearEdge = this.stmt('UPDATE relationships SET pending = 0 WHERE id = ? AND pending = 1');
    transaction(this.db, () => {
      for (const ack of acks.entities ?? []) clearEntity.run(ack.id, canonicalVersion(ack.version));
      for (const id of acks.relationshipIds ?? []) clearEdge.run(id);
    });
  }

  dispose(): void {
    this.changeEmitter.dispose();
    this.statements.clear();
  }

  private stmt(sql: string): StatementSyncInstance {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private checkEndpoints(entities: readonly Entity[], relationships: readonly Relationship[]): void {
    const inChangeSet = new Set(entities.map((e) => e.id));
    const exists = this.stmt('SELECT 1 AS found FROM entity_current WHERE id = ?');
    const problems: string[] = [];
    relationships.forEach((rel, index) => {
      for (const [field, id] of [['from_entity_id', rel.from_entity_id], ['to_entity_id', rel.to_entity_id]] as const) {
        if (!inChangeSet.has(id) && exists.get(id) === undefined) problems.push(`relationships.${index}.${field}: unknown entity "${id}"`);
      }
    });
    if (problems.length > 0) {
      throw new AppError('validation', `Invalid graph change: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`, {
        details: { problems: problems.slice(0, 50) },
      });
    }
  }

  /** Returns whether anything changed (a new version, or an acked copy of a pending one). */
  private writeEntity(entity: Entity, pending: number): boolean {
    const inserted =
      this.stmt(
        `INSERT OR IGNORE INTO entity_versions (id, version, entity_type, name, content, source_type, user_id, parent_versions, checksum, pending)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        entity.id,
        entity.version,
        entity.entity_type,
        entity.name,
        JSON.stringify(entity.content),
        entity.source_type,
        entity.user_id,
        JSON.stringify(entity.parent_versions),
        entity.checksum ?? null,
        pending,
      ).changes > 0;
    if (!inserted) {
      // Versions are immutable; receiving a pending one again from a server means the server has it now.
      if (pending === 1) return false;
      return this.stmt('UPDATE entity_versions SET pending = 0 WHERE id = ? AND version = ? AND pending = 1').run(entity.id, entity.version).changes > 0;
    }
    const deleted = isTombstone(entity) ? 1 : 0;
    const current = this.stmt('SELECT seq, version, deleted FROM entity_current WHERE id = ?').get(entity.id) as CurrentRow | undefined;
    if (!current) {
      const seq = Number(
        this.stmt('INSERT INTO entity_current (id, version, entity_type, deleted) VALUES (?, ?, ?, ?)').run(entity.id, entity.version, entity.entity_type, deleted)
          .lastInsertRowid,
      );
      if (!deleted) this.indexText(seq, entity);
    } else if (entity.version > current.version) {
      this.stmt('UPDATE entity_current SET version = ?, entity_type = ?, deleted = ? WHERE seq = ?').run(entity.version, entity.entity_type, deleted, current.seq);
      if (!current.deleted) this.stmt('DELETE FROM entity_fts WHERE rowid = ?').run(current.seq);
      if (!deleted) this.indexText(current.seq, entity);
    }
    return true;
  }

  private indexText(seq: number, entity: Entity): void {
    this.stmt('INSERT INTO entity_fts (rowid, name, body) VALUES (?, ?, ?)').run(seq, entity.name, flattenContent(entity.content));
  }

  /** Upserts by id; returns whether the stored row changed. */
  private writeRelationship(rel: Relationship, pending: number): boolean {
    return (
      this.stmt(
        `INSERT INTO relationships (id, from_id, from_version, to_id, to_version, type, properties, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET from_id = excluded.from_id, from_version = excluded.from_version, to_id = excluded.to_id,
           to_version = excluded.to_version, type = excluded.type, properties = excluded.properties, pending = excluded.pending
         WHERE (from_id, from_version, to_id, to_version, type, properties, pending)
           IS NOT (excluded.from_id, excluded.from_version, excluded.to_id, excluded.to_version, excluded.type, excluded.properties, excluded.pending)`,
      ).run(rel.id, rel.from_entity_id, rel.from_entity_version, rel.to_entity_id, rel.to_entity_version, rel.relationship_type, JSON.stringify(rel.properties), pending)
        .changes > 0
    );
  }

  private runFts(match: string, types: readonly EntityType[] | undefined, limit: number): SearchRow[] {
    const sql =
      `SELECT ${ENTITY_COLUMNS}, bm25(entity_fts, ${NAME_WEIGHT}, 1) AS raw_score,` +
      ` snippet(entity_fts, 0, '${MARK_START}', '${MARK_END}', '…', 12) AS name_snippet,` +
      ` snippet(entity_fts, 1, '${MARK_START}', '${MARK_END}', '…', 16) AS body_snippet` +
      ' FROM entity_fts JOIN entity_current c ON c.seq = entity_fts.rowid JOIN entity_versions v ON v.id = c.id AND v.version = c.version' +
      ` WHERE entity_fts MATCH ? AND c.deleted = 0${types ? ` AND c.entity_type IN ${TYPES_FILTER}` : ''}` +
      ' ORDER BY raw_score LIMIT ?';
    const params: (string | number)[] = [match, ...(types ? [JSON.stringify(types)] : []), limit];
    try {
      return this.stmt(sql).all(...params) as SearchRow[];
    } catch (error) {
      // buildFtsQuery only emits quoted terms, so this is not expected; a search box must still never throw.
      console.warn('[graph] full-text query failed', match, error);
      return [];
    }
  }

  /** Substring fallback for what prefix matching cannot see (e.g. "stat" in "Thermostat"). */
  private searchNamesContaining(text: string, types: readonly EntityType[] | undefined, limit: number): TextSearchHit[] {
    if (text.length < 2) return [];
    const sql =
      `SELECT ${ENTITY_COLUMNS} FROM ${CURRENT_JOIN} WHERE c.deleted = 0 AND instr(lower(v.name), lower(?)) > 0` +
      (types ? ` AND c.entity_type IN ${TYPES_FILTER}` : '') +
      ' ORDER BY length(v.name), v.name LIMIT ?';
    const rows = this.stmt(sql).all(text, ...(types ? [JSON.stringify(types)] : []), limit) as EntityRow[];
    return rows.map((row) => ({
      entity: toEntity(row),
      // Weaker than any FTS hit would be, and closer to 1 the more of the name the text covers.
      score: round3(0.5 * Math.min(1, text.length / row.name.length)),
      highlights: [],
    }));
  }
}

function toEntity(row: EntityRow): Entity {
  const entity: Entity = {
    id: row.id,
    version: row.version,
    entity_type: row.entity_type as Entity['entity_type'],
    name: row.name,
    content: JSON.parse(row.content) as Entity['content'],
    source_type: row.source_type as Entity['source_type'],
    user_id: row.user_id,
    parent_versions: JSON.parse(row.parent_versions) as string[],
  };
  // The server always answers checksum: null; an absent key and null mean the same, so only real values are kept.
  if (row.checksum !== null) entity.checksum = row.checksum;
  return entity;
}

function toRelationship(row: RelationshipRow): Relationship {
  return {
    id: row.id,
    from_entity_id: row.from_id,
    from_entity_version: row.from_version,
    to_entity_id: row.to_id,
    to_entity_version: row.to_version,
    relationship_type: row.type as Relationship['relationship_type'],
    properties: JSON.parse(row.properties) as Relationship['properties'],
  };
}

function canonicalEntity(entity: Entity): Entity {
  return { ...entity, version: canonicalVersion(entity.version), parent_versions: entity.parent_versions.map(canonicalVersion) };
}

function canonicalRelationship(rel: Relationship): Relationship {
  return { ...rel, from_entity_version: canonicalVersion(rel.from_entity_version), to_entity_version: canonicalVersion(rel.to_entity_version) };
}

function toHighlight(snippet: string): string {
  return snippet.replaceAll(MARK_START, '**').replaceAll(MARK_END, '**').replace(/\s+/g, ' ').trim();
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function checkCount(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new AppError('validation', `${name} must be a non-negative integer`);
  return value;
}
