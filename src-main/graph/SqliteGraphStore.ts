// The GraphStore port over the app's SQLite file (schema: src-main/store/graphMigrations.ts; notes: ./README.md).
import { randomUUID } from 'node:crypto';
import type { StatementSyncInstance } from '@photostructure/sqlite';
import type { Entity, EntityType, Relationship } from '../../src-shared/protocol/entities';
import type { SyncConflict } from '../../src-shared/protocol/inbetweeniesSync';
import { VersionClock } from '../../src-shared/protocol/version';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter } from '../lifecycle/Emitter';
import type { SqliteDatabase } from '../store/openDatabase';
import type { UnitOfWork } from '../store/UnitOfWork';
import type { ApplyPulledResult, ConflictRecord, PendingPush, PulledPage, PushAck, SyncLocalStore, SyncState } from '../sync/SyncLocalStore';
import { applySqliteGraphChanges, applySqlitePulledRows } from './applySqliteGraphChanges';
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
import { SqliteExternalWriteWatch } from './sqliteExternalWrites';
import { SqliteLargePullCheckpoints } from './sqliteLargePull';
import { beginChange, finishChange } from './sqliteChangeLog';
import type { GraphWriteContext } from './sqliteChangeLog';
import { pruneChangeLog } from './sqliteChangeLogRetention';
import { dismissConflict, keepMine, listConflicts, recordConflicts } from './sqliteConflicts';
import { dropLocalEdit } from './sqliteLocalEdits';
import { markPushed, pendingChanges, resetServerHeads, serverHeadDigest, sweepServerHeads } from './sqliteSyncHeads';
import { getSyncState, setSyncState } from './sqliteSyncState';
import { listSqliteEntities, sqliteGraphStats, sqliteRelationships } from './sqliteGraphReads';
import { checkCount, CURRENT_JOIN, ENTITY_COLUMNS, toEntity } from './sqliteGraphRows';
import type { EntityRow, PrepareStatement } from './sqliteGraphRows';

// Importers of the store open its file through it too (openGraphDatabase.ts).
export { openGraphDatabase } from './openGraphDatabase';

export interface SqliteGraphStoreOptions {
  /** Mints versions the store makes itself ("keep mine"); the app passes its one clock. */
  clock?: VersionClock;
  now?: () => Date;
  /**
   * How often to look for writes by another process (the CLI while the app runs) with `PRAGMA data_version`, which
   * changes only when another connection commits; 0 turns the timer off (checkExternalWrites() still works).
   */
  externalWritePollMs?: number;
}

/**
 * Entity versions are immutable and all kept. Per id, `entity_current` holds the server head, an optional local head
 * (a pending edit) and the version reads show: local over server (see sqliteGraphWrites.ts for who moves which).
 * Also the SyncLocalStore port for the sync engine. The store owns its statements, emitter and poll timer but not the
 * database: whoever opened it closes it (after dispose).
 */
export class SqliteGraphStore implements GraphStore, SyncLocalStore, Disposable {
  private readonly changeEmitter = new Emitter<GraphChangeEvent>();
  private readonly statements = new Map<string, StatementSyncInstance>();
  readonly onDidChange = this.changeEmitter.event;
  /** Hands the statement cache to the write and search helpers. */
  private readonly prepare: PrepareStatement = (sql) => this.stmt(sql);
  private readonly context: GraphWriteContext;
  private readonly clock: VersionClock;
  private readonly externalWrites: SqliteExternalWriteWatch;
  private readonly largePull: SqliteLargePullCheckpoints;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteGraphStoreOptions = {},
  ) {
    this.context = { origin: randomUUID(), now: options.now ?? (() => new Date()) };
    this.clock = options.clock ?? new VersionClock();
    this.externalWrites = new SqliteExternalWriteWatch({
      db, prepare: this.prepare, origin: this.context.origin, fire: (changed) => this.fire(changed), pollMs: options.externalWritePollMs ?? 1000,
    });
    this.largePull = new SqliteLargePullCheckpoints(db);
  }

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
    return listSqliteEntities(this.prepare, query);
  }

  async getRelationships(query: RelationshipQuery = {}): Promise<Relationship[]> {
    return this.getRelationshipsNow(query);
  }

  /** Synchronous read for work inside a unit of work; not part of the async port. */
  getRelationshipsNow(query: RelationshipQuery = {}): Relationship[] {
    return sqliteRelationships(this.prepare, query);
  }

  async searchText(query: string, options: { types?: readonly EntityType[]; limit?: number } = {}): Promise<TextSearchHit[]> {
    return searchSqliteGraphText(this.prepare, query, options);
  }

  async applyChanges(changes: GraphChangeSet): Promise<void> {
    this.fire(applySqliteGraphChanges(this.db, this.prepare, changes, this.context));
  }

  /** The same write, joined to a unit of work that spans features; the change event fires after its commit. */
  applyChangesInTransaction(changes: GraphChangeSet, unit: UnitOfWork): void {
    const { entityIds, relationshipIds } = applySqliteGraphChanges(this.db, this.prepare, changes, this.context);
    if (entityIds.length > 0 || relationshipIds.length > 0) unit.afterCommit(() => this.changeEmitter.fire({ entityIds, relationshipIds }));
  }

  /**
   * Empties the graph (every version, edge and index row; meta stays) inside a unit of work: "replace the home" on
   * import. The change event names every id that disappeared, after commit.
   */
  clearInTransaction(unit: UnitOfWork): void {
    const entityIds = (this.stmt('SELECT id FROM entity_current').all() as { id: string }[]).map((r) => r.id);
    const relationshipIds = (this.stmt('SELECT id FROM relationships').all() as { id: string }[]).map((r) => r.id);
    const seq = beginChange(this.prepare, 'import', this.context);
    for (const table of ['entity_fts', 'relationships', 'entity_current', 'entity_versions']) this.db.exec(`DELETE FROM ${table}`);
    finishChange(this.prepare, seq, { entityIds, relationshipIds });
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
    return sqliteGraphStats(this.prepare);
  }

  async getMeta(key: string): Promise<string | undefined> {
    const row = this.stmt('SELECT value FROM graph_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.stmt('INSERT INTO graph_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Local heads and pending edges, oldest first (a shorthand of pendingChanges for tests and tools). */
  async listPending(): Promise<{ entities: Entity[]; relationships: Relationship[] }> {
    const pending = pendingChanges(this.prepare);
    return { entities: pending.entities.map((p) => p.entity), relationships: pending.relationships.map((p) => p.relationship) };
  }

  // --- SyncLocalStore (src-main/sync/SyncLocalStore.ts) ---

  async pendingChanges(limit?: number): Promise<PendingPush> {
    return pendingChanges(this.prepare, checkCount(limit, 'limit'));
  }

  /** Retention (sync/pruneSyncHistory.ts): removes up to `limit` change_log rows nobody needs any more. */
  pruneChangeLog(before: Date, limit: number): number {
    return pruneChangeLog(this.prepare, before.toISOString(), Math.max(0, Math.floor(limit)));
  }

  async markPushed(serverId: string, ack: PushAck): Promise<void> {
    this.fire(markPushed(this.db, this.prepare, this.context, serverId, ack));
  }

  async applyPulled(_serverId: string, page: PulledPage): Promise<ApplyPulledResult> {
    const result = applySqlitePulledRows(this.db, this.prepare, page, this.context);
    this.fire(result);
    return { applied: result.applied, keptLocal: result.keptLocal };
  }

  async recordConflicts(serverId: string, conflicts: readonly SyncConflict[]): Promise<ConflictRecord[]> {
    const { records, changed } = recordConflicts(this.db, this.prepare, this.context, serverId, conflicts);
    this.fire(changed);
    return records;
  }

  async listConflicts(options: { includeResolved?: boolean } = {}): Promise<ConflictRecord[]> {
    return listConflicts(this.prepare, options.includeResolved ?? false);
  }

  async keepMine(conflictId: number): Promise<void> {
    this.fire(keepMine(this.db, this.prepare, this.context, conflictId, (userId) => this.clock.next(userId)));
  }

  async dismissConflict(conflictId: number): Promise<void> {
    this.fire(dismissConflict(this.db, this.prepare, this.context, conflictId));
  }

  async discardLocalEdit(entityId: string, version: string): Promise<boolean> {
    const changed = dropLocalEdit(this.db, this.prepare, this.context, entityId, version);
    this.fire(changed);
    return changed.entityIds.length > 0;
  }

  async serverHeadDigest(): Promise<string> {
    return serverHeadDigest(this.prepare);
  }

  async sweepServerHeads(_serverId: string, seen: { entityIds: ReadonlySet<string>; relationshipIds: ReadonlySet<string> }): Promise<void> {
    this.fire(sweepServerHeads(this.db, this.prepare, this.context, seen));
  }

  async resetServerHeads(serverId: string): Promise<void> {
    this.fire(resetServerHeads(this.db, this.prepare, this.context, serverId));
  }

  async getSyncState(serverId: string): Promise<SyncState> {
    return getSyncState(this.prepare, serverId);
  }

  async setSyncState(serverId: string, patch: Partial<Omit<SyncState, 'serverId'>>): Promise<void> {
    setSyncState(this.prepare, serverId, patch);
  }

  /**
   * During a full pull the WAL is not checkpointed after every ~4 MB: consecutive pages rewrite the same index pages,
   * which then reach the database file once. Commits stay as durable as before (the WAL is the commit); nesting counts.
   */
  beginLargePull(): void {
    this.largePull.begin();
  }

  /** Restores automatic checkpoints and checkpoints once just after the pull has returned (sqliteLargePull.ts). */
  endLargePull(): void {
    this.largePull.end();
  }

  /**
   * Another process (the CLI while the app runs) may write the same file: when it did, onDidChange fires with what it
   * changed so caches refresh (sqliteExternalWrites.ts). Returns whether anything was fired.
   */
  checkExternalWrites(): boolean {
    return this.externalWrites.check();
  }

  dispose(): void {
    this.largePull.dispose();
    this.externalWrites.dispose();
    this.changeEmitter.dispose();
    this.statements.clear();
  }

  private fire(changed: GraphChangeEvent): boolean {
    if (changed.entityIds.length === 0 && changed.relationshipIds.length === 0) return false;
    this.changeEmitter.fire({ entityIds: changed.entityIds, relationshipIds: changed.relationshipIds });
    return true;
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
