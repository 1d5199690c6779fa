// Row <-> wire mapping for the graph tables.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { SqlValue } from '../../src-node-shared/sql/SqlClient';

export interface EntityRow extends Record<string, unknown> {
  id: string;
  version: string;
  entity_type: string;
  name: string;
  content: string;
  source_type: string;
  user_id: string;
  parent_versions: string;
  is_deleted: number;
  is_latest: number;
  seq: number | null;
  received_at_ms: number;
  created_at_ms: number;
}

export interface RelationshipRow extends Record<string, unknown> {
  id: string;
  from_entity_id: string;
  from_entity_version: string;
  to_entity_id: string;
  to_entity_version: string;
  relationship_type: string;
  properties: string;
  seq: number;
  updated_at_ms: number;
}

export const ENTITY_COLUMNS = 'id, version, entity_type, name, content, source_type, user_id, parent_versions, is_deleted, is_latest, seq, received_at_ms, created_at_ms';
export const RELATIONSHIP_COLUMNS = 'id, from_entity_id, from_entity_version, to_entity_id, to_entity_version, relationship_type, properties, seq, updated_at_ms';

export function entityFromRow(row: EntityRow): Entity {
  return {
    id: row.id,
    version: row.version,
    entity_type: row.entity_type as Entity['entity_type'],
    name: row.name,
    content: JSON.parse(row.content) as Entity['content'],
    source_type: row.source_type as Entity['source_type'],
    user_id: row.user_id,
    parent_versions: JSON.parse(row.parent_versions) as string[],
    checksum: null,
  };
}

export function relationshipFromRow(row: RelationshipRow): Relationship {
  return {
    id: row.id,
    from_entity_id: row.from_entity_id,
    from_entity_version: row.from_entity_version,
    to_entity_id: row.to_entity_id,
    to_entity_version: row.to_entity_version,
    relationship_type: row.relationship_type as Relationship['relationship_type'],
    properties: JSON.parse(row.properties) as Relationship['properties'],
  };
}

/** Upstream's REST times are naive ISO strings (server receive time, UTC, no offset). */
export function naiveIso(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '');
}

export function entityInsertParams(entity: Entity, flags: { latest: boolean; seq: number | null; receivedAtMs: number; createdAtMs: number }): SqlValue[] {
  return [
    entity.id, entity.version, entity.entity_type, entity.name, JSON.stringify(entity.content), entity.source_type, entity.user_id,
    JSON.stringify(entity.parent_versions), entity.content['private'] === true ? 1 : 0, entity.content['deleted'] === true ? 1 : 0,
    flags.latest ? 1 : 0, flags.seq, flags.receivedAtMs, flags.createdAtMs,
  ];
}

export const INSERT_ENTITY_SQL = `INSERT INTO entity_versions
  (id, version, entity_type, name, content, source_type, user_id, parent_versions, is_private, is_deleted, is_latest, seq, received_at_ms, created_at_ms)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
