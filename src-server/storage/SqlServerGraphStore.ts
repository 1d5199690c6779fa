// ServerGraphStore over the SqlClient port: the same queries on SQLite and PostgreSQL.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { PulledChange, SyncChange } from '../../src-shared/protocol/inbetweeniesSync';
import type { SqlClient, SqlValue } from '../../src-node-shared/sql/SqlClient';
import { applyGraphPush, type GraphPushOutcome } from '../sync/applyGraphPush';
import { ENTITY_COLUMNS, RELATIONSHIP_COLUMNS, entityFromRow, naiveIso, relationshipFromRow, type EntityRow, type RelationshipRow } from './graphRows';
import type { GraphPullPage, GraphPullQuery, GraphStatistics, RestEntity, ServerGraphStore, Visibility } from './ServerStorage';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

function restEntity(row: EntityRow): RestEntity {
  return { ...entityFromRow(row), created_at: naiveIso(row.created_at_ms), updated_at: naiveIso(row.received_at_ms) };
}

export class SqlServerGraphStore implements ServerGraphStore {
  constructor(private readonly db: SqlClient) {}

  applyPush(changes: readonly SyncChange[], receivedAtMs: number): Promise<GraphPushOutcome> {
    return this.db.transaction((tx) => applyGraphPush(tx, changes, receivedAtMs));
  }

  private async privateIds(visibility: Visibility): Promise<Set<string>> {
    if (!visibility.hidePrivate) return new Set();
    const rows = await this.db.query<{ id: string }>('SELECT id FROM entity_versions WHERE is_latest = 1 AND is_private = 1');
    return new Set(rows.map((r) => r.id));
  }

  async pullPage(query: GraphPullQuery): Promise<GraphPullPage> {
    const where = ['is_latest = 1', 'seq > ?'];
    const params: SqlValue[] = [query.afterSeq ?? 0];
    if (query.sinceMs !== undefined) {
      where.push('received_at_ms > ?');
      params.push(query.sinceMs);
    }
    if (query.entityTypes?.length) {
      where.push(`entity_type IN (${placeholders(query.entityTypes.length)})`);
      params.push(...query.entityTypes);
    }
    if (query.modifiedBy?.length) {
      where.push(`user_id IN (${placeholders(query.modifiedBy.length)})`);
      params.push(...query.modifiedBy);
    }
    if (query.hidePrivate) where.push('is_private = 0');
    const fetch = query.limit + 1;
    const entityRows = await this.db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entity_versions WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`, [...params, fetch]);
    let edgeRows: RelationshipRow[] = [];
    if (query.includeRelationships) {
      const edgeWhere = ['seq > ?'];
      const edgeParams: SqlValue[] = [query.afterSeq ?? 0];
      if (query.sinceMs !== undefined) {
        edgeWhere.push('updated_at_ms > ?');
        edgeParams.push(query.sinceMs);
      }
      const hidden = await this.privateIds(query);
      edgeRows = (await this.db.query<RelationshipRow>(`SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE ${edgeWhere.join(' AND ')} ORDER BY seq LIMIT ?`, [...edgeParams, fetch]))
        .filter((r) => !hidden.has(r.from_entity_id) && !hidden.has(r.to_entity_id));
    }
    // Entities and edges share one sequence, so one cursor pages through both.
    const merged = [...entityRows.map((row) => ({ seq: Number(row.seq), row, kind: 'entity' as const })), ...edgeRows.map((row) => ({ seq: Number(row.seq), row, kind: 'edge' as const }))]
      .sort((a, b) => a.seq - b.seq);
    const page = merged.slice(0, query.limit);
    const changes: PulledChange[] = [];
    const edges: Relationship[] = [];
    for (const item of page) {
      if (item.kind === 'entity') {
        const entity = entityFromRow(item.row as EntityRow);
        changes.push({ change_type: (item.row as EntityRow).is_deleted ? 'delete' : 'update', entity, relationships: [] });
      } else {
        edges.push(relationshipFromRow(item.row as RelationshipRow));
      }
    }
    if (edges.length) changes.push({ change_type: 'update', entity: null, relationships: edges });
    return {
      changes,
      entityCount: page.length - edges.length,
      relationshipCount: edges.length,
      lastSeq: page.at(-1)?.seq ?? null,
      hasMore: merged.length > query.limit,
    };
  }

  async currentSequence(): Promise<number> {
    const [row] = await this.db.query<{ value: number }>("SELECT value FROM sync_counters WHERE name = 'graph'");
    return Number(row?.value ?? 0);
  }

  async currentVersions(visibility: Visibility): Promise<Array<{ id: string; version: string }>> {
    const hide = visibility.hidePrivate ? ' AND is_private = 0' : '';
    return this.db.query<{ id: string; version: string }>(`SELECT id, version FROM entity_versions WHERE is_latest = 1${hide}`);
  }

  async listEntities(query: Visibility & { entityType?: string; limit: number; offset: number }): Promise<RestEntity[]> {
    const where = ['is_latest = 1'];
    const params: SqlValue[] = [];
    if (query.entityType) {
      where.push('entity_type = ?');
      params.push(query.entityType);
    }
    if (query.hidePrivate) where.push('is_private = 0');
    const rows = await this.db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entity_versions WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ? OFFSET ?`, [...params, query.limit, query.offset]);
    return rows.map(restEntity);
  }

  async getEntity(id: string, visibility: Visibility): Promise<RestEntity | undefined> {
    const hide = visibility.hidePrivate ? ' AND is_private = 0' : '';
    const [row] = await this.db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entity_versions WHERE id = ? AND is_latest = 1${hide}`, [id]);
    return row ? restEntity(row) : undefined;
  }

  async listRelationships(query: Visibility & { fromEntityId?: string; toEntityId?: string; relationshipType?: string }): Promise<Relationship[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    for (const [column, value] of [['from_entity_id', query.fromEntityId], ['to_entity_id', query.toEntityId], ['relationship_type', query.relationshipType]] as const) {
      if (value) {
        where.push(`${column} = ?`);
        params.push(value);
      }
    }
    const rows = await this.db.query<RelationshipRow>(`SELECT ${RELATIONSHIP_COLUMNS} FROM relationships${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`, params);
    const hidden = await this.privateIds(query);
    return rows.filter((r) => !hidden.has(r.from_entity_id) && !hidden.has(r.to_entity_id)).map(relationshipFromRow);
  }

  async currentEntities(visibility: Visibility): Promise<Entity[]> {
    const hide = visibility.hidePrivate ? ' AND is_private = 0' : '';
    const rows = await this.db.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entity_versions WHERE is_latest = 1 AND is_deleted = 0${hide} ORDER BY seq`);
    return rows.map(entityFromRow);
  }

  async statistics(visibility: Visibility): Promise<GraphStatistics> {
    const hide = visibility.hidePrivate ? ' AND is_private = 0' : '';
    const types = await this.db.query<{ entity_type: string; n: number; deleted: number }>(
      `SELECT entity_type, COUNT(*) AS n, SUM(is_deleted) AS deleted FROM entity_versions WHERE is_latest = 1${hide} GROUP BY entity_type`,
    );
    const edges = await this.listRelationships(visibility);
    const stats: GraphStatistics = { total_entities: 0, total_relationships: edges.length, deleted_entities: 0, entity_types: {}, relationship_types: {} };
    for (const t of types) {
      const live = Number(t.n) - Number(t.deleted);
      stats.entity_types[t.entity_type] = live;
      stats.total_entities += live;
      stats.deleted_entities += Number(t.deleted);
    }
    for (const e of edges) stats.relationship_types[e.relationship_type] = (stats.relationship_types[e.relationship_type] ?? 0) + 1;
    return stats;
  }
}
