// The GraphStore port over the app's SQLite file (schema: src-main/store/graphMigrations.ts; notes: ./README.md).
import { randomUUID } from 'node:crypto';
import type { StatementSyncInstance } from '@photostructure/sqlite';
import type { Entity, EntityType, Relationship } from '../../src-shared/protocol/entities';
import type { SyncConflict } from '../../src-shared/protocol/inbetweeniesSync';
import { VersionClock } from '../../src-shared/protocol/version';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter } from '../lifecycle/Emitter';
import { graphMigrations } from '../store/graphMigrations';
import type { Migration } from '../store/Migration';
import { openDatabase } from '../store/openDatabase';
import type { SqliteDatabase } from '../store/openDatabase';
import { runMigrations } from '../store/runMigrations';
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
import { beginChange, changesFromOthers, finishChange, lastChangeSeq } from './sqliteChangeLog';
import type { GraphWriteContext } from './sqliteChangeLog';
import { pruneChangeLog } from './sqliteChangeLogRetention';
import { dismissConflict, keepMine, listConflicts, recordConflicts } from './sqliteConflicts';
import { dropLocalEdit } from './sqliteLocalEdits';
import { markPushed, pendingChanges, resetServerHeads, serverHeadDigest, sweepServerHeads } from './sqliteSyncHeads';
import { getSyncState, setSyncState } from './sqliteSyncState';
import { checkCount, CURRENT_JOIN, ENTITY_COLUMNS, toEntity, toRelationship, TYPES_FILTER, VISIBLE_EDGE_COUNT, VISIBLE_EDGE_JOIN } from './sqliteGraphRows';
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
  private dataVersion: number;
  private seenSeq: number;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  /** The WAL checkpoint deferred from the end of a large pull to just after it. */
  private checkpointTimer: ReturnType<typeof setTimeout> | undefined;
  /** beginLargePull nesting, and the connection's wal_autocheckpoint to restore at the end. */
  private largePulls = 0;
  private usualAutocheckpoint = 1000;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteGraphStoreOptions = {},
  ) {
    this.context = { origin: randomUUID(), now: options.now ?? (() => new Date()) };
    this.clock = options.clock ?? new VersionClock();
    this.dataVersion = this.readDataVersion();
    this.seenSeq = lastChangeSeq(this.prepare);
    const pollMs = options.externalWritePollMs ?? 1000;
    if (pollMs > 0) {
      this.pollTimer = setInterval(() => this.pollExternalWrites(), pollMs);
      this.pollTimer.unref?.();
    }
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
      relationshipCount: count(VISIBLE_EDGE_COUNT),
      pendingEntityCount: count('SELECT COUNT(*) AS n FROM entity_current WHERE local_version IS NOT NULL'),
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
    if (this.largePulls++ > 0) return;
    const row = this.db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number } | undefined;
    this.usualAutocheckpoint = Number(row?.wal_autocheckpoint ?? 1000);
    this.db.exec('PRAGMA wal_autocheckpoint = 0');
  }

  /**
   * Restores automatic checkpoints, and copies the deferred pages into the database file just after the pull has
   * returned: the pulled data is already durable in the WAL, so the sync (and whoever waits for it) does not wait for
   * this housekeeping. PASSIVE never waits for other readers.
   */
  endLargePull(): void {
    if (this.largePulls === 0 || --this.largePulls > 0) return;
    this.db.exec(`PRAGMA wal_autocheckpoint = ${this.usualAutocheckpoint}`);
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      try {
        this.db.prepare('PRAGMA wal_checkpoint(PASSIVE)').get();
      } catch {
        // Closed in the meantime (shutdown): SQLite checkpoints the WAL when the last connection closes.
      }
    }, 0);
    this.checkpointTimer.unref?.();
  }

  /**
   * Another process (the CLI while the app runs) may write the same file. `PRAGMA data_version` moves only when another
   * connection commits, so the check is one cheap pragma; when it moved, the change_log rows of other origins name
   * the ids and onDidChange fires so caches refresh. Returns whether anything was fired.
   */
  checkExternalWrites(): boolean {
    const version = this.readDataVersion();
    if (version === this.dataVersion) return false;
    this.dataVersion = version;
    const { lastSeq, changed } = changesFromOthers(this.prepare, this.context.origin, this.seenSeq);
    this.seenSeq = lastSeq;
    return this.fire(changed);
  }

  dispose(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = undefined;
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    this.changeEmitter.dispose();
    this.statements.clear();
  }

  private pollExternalWrites(): void {
    try {
      this.checkExternalWrites();
    } catch (error) {
      // The database was closed under us (shutdown order) or is unreadable: stop polling rather than throw every second.
      if (this.pollTimer) clearInterval(this.pollTimer);
      this.pollTimer = undefined;
      if (this.db.isOpen) console.warn('[graph] checking for other processes\' writes failed', error);
    }
  }

  private readDataVersion(): number {
    return (this.stmt('PRAGMA data_version').get() as { data_version: number }).data_version;
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
