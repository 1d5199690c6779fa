// The graph's list, edge and count queries: each builds its SQL from a query object. SqliteGraphStore.ts holds the
// port and its writes; these reads share only the statement cache it hands them (`prepare`).
import type { Entity, EntityType, Relationship } from '../../src-shared/protocol/entities';
import type { GraphStats, ListEntitiesQuery, RelationshipQuery } from './GraphStore';
import { checkCount, CURRENT_JOIN, ENTITY_COLUMNS, toEntity, toRelationship, TYPES_FILTER, VISIBLE_EDGE_COUNT, VISIBLE_EDGE_JOIN } from './sqliteGraphRows';
import type { EntityRow, PrepareStatement, RelationshipRow } from './sqliteGraphRows';

/** Current entities by name (then id), optionally of some types, deleted ones too, paged. */
export function listSqliteEntities(prepare: PrepareStatement, query: ListEntitiesQuery): Entity[] {
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
  return (prepare(sql).all(...params) as EntityRow[]).map(toEntity);
}

/** Visible edges from, to or touching an id, optionally of some types, by id. */
export function sqliteRelationships(prepare: PrepareStatement, query: RelationshipQuery): Relationship[] {
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
  return (prepare(sql).all(...params) as RelationshipRow[]).map(toRelationship);
}

/** Counts of visible entities (by type), edges and pending local changes. */
export function sqliteGraphStats(prepare: PrepareStatement): GraphStats {
  const byType = prepare('SELECT entity_type, COUNT(*) AS n FROM entity_current WHERE deleted = 0 GROUP BY entity_type').all() as {
    entity_type: EntityType;
    n: number;
  }[];
  const countsByType: Partial<Record<EntityType, number>> = {};
  let entityCount = 0;
  for (const row of byType) {
    countsByType[row.entity_type] = row.n;
    entityCount += row.n;
  }
  const count = (sql: string): number => (prepare(sql).get() as { n: number }).n;
  return {
    entityCount,
    relationshipCount: count(VISIBLE_EDGE_COUNT),
    pendingEntityCount: count('SELECT COUNT(*) AS n FROM entity_current WHERE local_version IS NOT NULL'),
    pendingRelationshipCount: count('SELECT COUNT(*) AS n FROM relationships WHERE pending = 1'),
    countsByType,
  };
}
