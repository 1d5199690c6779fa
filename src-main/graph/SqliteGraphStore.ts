// The GraphStore port over the app's SQLite file (schema: src-main/store/graphMigrations.ts; notes: ./README.md).
import type { StatementSyncInstance } from '@photostructure/sqlite';
import type { Entity, EntityType, Relationship } from '../../src-shared/protocol/entities';
import { canonicalVersion } from '../../src-shared/protocol/version';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter } from '../lifecycle/Emitter';
import { graphMigrations } from '../store/graphMigrations';
import type { Migration } from '../store/Migration';
import { openDatabase } from '../store/openDatabase';
import type { SqliteDatabase } from '../store/openDatabase';
import { runMigrations } from '../store/runMigrations';
import { transaction } from '../store/transaction';
import type { UnitOfWork } from '../store/UnitOfWork';
import { applySqliteGraphChanges } from './applySqliteGraphChanges';
import type {
  GraphChangeEvent,
  GraphChangeSet,
  GraphStats,
  GraphStore,
  ListEntitiesQuery,
  RelationshipQuery,
  TextSearchHit,
} from './GraphStore';
import { searchSqliteGraphText } from './searchSqliteGraphText';
import { checkCount, CURRENT_JOIN, ENTITY_COLUMNS, toEntity, toRelationship, TYPES_FILTER, VISIBLE_EDGE_JOIN } from './sqliteGraphRows';
import type { EntityRow, PrepareStatement, RelationshipRow } from './sqliteGraphRows';

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
  /** Hands the statement cache to the write and search helpers. */
  private readonly prepare: PrepareStatement = (sql) => this.stmt(sql);

  constructor(private readonly db: SqliteDatabase) {}

  async getEntity(id: string, options: { includeDeleted?: boolean } = {}): Promise<Entity | undefined> {
    const row = this.stmt(
      `SELECT ${ENTITY_COLUMNS} FROM ${CURRENT_JOIN} WHERE c.id = ? AND (? = 1 OR c.deleted = 0)`,
    ).get(id, options.includeDeleted ? 1 : 0) as EntityRow | undefined;
    return row ? toEntity(row) : undefined;
  }

  async getEntities(ids: readonly string[]): Promise<Map<string, Entity>> {
    return this.getEntitiesNow(ids);
  }

  /** Synchronous read for work inside a unit of work (see store/UnitOfWork.ts); not part of the async port. */
  getEntitiesNow(ids: readonly string[]): Map<string, Entity> {
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
    return this.getRelationshipsNow(query);
  }

  /** Synchronous read for work inside a unit of work; not part of the async port. */
  getRelationshipsNow(query: RelationshipQuery = {}): Relationship[] {
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
    return searchSqliteGraphText(this.prepare, query, options);
  }

  async applyChanges(changes: GraphChangeSet): Promise<void> {
    const changed = applySqliteGraphChanges(this.db, this.prepare, changes);
    if (changed.entityIds.length > 0 || changed.relationshipIds.length > 0) this.changeEmitter.fire(changed);
  }

  /** The same write, joined to a unit of work that spans features; the change event fires after its commit. */
  applyChangesInTransaction(changes: GraphChangeSet, unit: UnitOfWork): void {
    const changed = applySqliteGraphChanges(this.db, this.prepare, changes);
    if (changed.entityIds.length > 0 || changed.relationshipIds.length > 0) unit.afterCommit(() => this.changeEmitter.fire(changed));
  }

  /**
   * Empties the graph (every version, edge and index row; meta stays) inside a unit of work: "replace the home" on
   * import. The change event names every id that disappeared, after commit.
   */
  clearInTransaction(unit: UnitOfWork): void {
    const entityIds = (this.stmt('SELECT id FROM entity_current').all() as { id: string }[]).map((r) => r.id);
    const relationshipIds = (this.stmt('SELECT id FROM relationships').all() as { id: string }[]).map((r) => r.id);
    for (const table of ['entity_fts', 'relationships', 'entity_current', 'entity_versions']) this.db.exec(`DELETE FROM ${table}`);
    if (entityIds.length > 0 || relationshipIds.length > 0) unit.afterCommit(() => this.changeEmitter.fire({ entityIds, relationshipIds }));
  }

  /** Synchronous meta write for a unit of work. */
  setMetaNow(key: string, value: string): void {
    this.stmt('INSERT INTO graph_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  getMetaNow(key: string): string | undefined {
    return (this.stmt('SELECT value FROM graph_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
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
}
