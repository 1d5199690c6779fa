// The SqliteGraphStore write path: validates a change set, then in one transaction inserts entity versions, moves the
// current pointer, keeps the FTS index in step and upserts edges. The caller fires the change event after commit.
import { z } from 'zod';
import { AppError, formatZodError } from '../../src-shared/errors';
import { entitySchema, isTombstone, relationshipSchema } from '../../src-shared/protocol/entities';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { canonicalVersion } from '../../src-shared/protocol/version';
import { flattenContent } from '../store/flattenContent';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { GraphChangeEvent, GraphChangeSet } from './GraphStore';
import type { PrepareStatement } from './sqliteGraphRows';

interface CurrentRow {
  seq: number;
  version: string;
  deleted: number;
}

const changeSetSchema = z.object({
  entities: z.array(entitySchema).max(200_000),
  relationships: z.array(relationshipSchema).max(1_000_000),
});

/**
 * Throws AppError('validation') and writes nothing on bad input. Returns the ids that actually changed (possibly none);
 * writes are idempotent, so re-applying the same change set returns empty lists.
 */
export function applySqliteGraphChanges(db: SqliteDatabase, stmt: PrepareStatement, changes: GraphChangeSet): GraphChangeEvent {
  const parsed = changeSetSchema.safeParse({ entities: changes.entities ?? [], relationships: changes.relationships ?? [] });
  if (!parsed.success) {
    throw new AppError('validation', `Invalid graph change: ${formatZodError(parsed.error)}`, {
      details: { issues: parsed.error.issues.slice(0, 20) },
    });
  }
  const entities = parsed.data.entities.map(canonicalEntity);
  const relationships = parsed.data.relationships.map(canonicalRelationship);
  const pending = changes.pending ? 1 : 0;

  return transaction(db, () => {
    checkEndpoints(stmt, entities, relationships);
    const entityIds = new Set<string>();
    for (const entity of entities) if (writeEntity(stmt, entity, pending)) entityIds.add(entity.id);
    const relationshipIds = new Set<string>();
    for (const rel of relationships) if (writeRelationship(stmt, rel, pending)) relationshipIds.add(rel.id);
    return { entityIds: [...entityIds], relationshipIds: [...relationshipIds] };
  });
}

function checkEndpoints(stmt: PrepareStatement, entities: readonly Entity[], relationships: readonly Relationship[]): void {
  const inChangeSet = new Set(entities.map((e) => e.id));
  const exists = stmt('SELECT 1 AS found FROM entity_current WHERE id = ?');
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
function writeEntity(stmt: PrepareStatement, entity: Entity, pending: number): boolean {
  const inserted =
    stmt(
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
    return stmt('UPDATE entity_versions SET pending = 0 WHERE id = ? AND version = ? AND pending = 1').run(entity.id, entity.version).changes > 0;
  }
  const deleted = isTombstone(entity) ? 1 : 0;
  const current = stmt('SELECT seq, version, deleted FROM entity_current WHERE id = ?').get(entity.id) as CurrentRow | undefined;
  if (!current) {
    const seq = Number(
      stmt('INSERT INTO entity_current (id, version, entity_type, deleted) VALUES (?, ?, ?, ?)').run(entity.id, entity.version, entity.entity_type, deleted)
        .lastInsertRowid,
    );
    if (!deleted) indexText(stmt, seq, entity);
  } else if (entity.version > current.version) {
    stmt('UPDATE entity_current SET version = ?, entity_type = ?, deleted = ? WHERE seq = ?').run(entity.version, entity.entity_type, deleted, current.seq);
    if (!current.deleted) stmt('DELETE FROM entity_fts WHERE rowid = ?').run(current.seq);
    if (!deleted) indexText(stmt, current.seq, entity);
  }
  return true;
}

function indexText(stmt: PrepareStatement, seq: number, entity: Entity): void {
  stmt('INSERT INTO entity_fts (rowid, name, body) VALUES (?, ?, ?)').run(seq, entity.name, flattenContent(entity.content));
}

/** Upserts by id; returns whether the stored row changed. */
function writeRelationship(stmt: PrepareStatement, rel: Relationship, pending: number): boolean {
  return (
    stmt(
      `INSERT INTO relationships (id, from_id, from_version, to_id, to_version, type, properties, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET from_id = excluded.from_id, from_version = excluded.from_version, to_id = excluded.to_id,
           to_version = excluded.to_version, type = excluded.type, properties = excluded.properties, pending = excluded.pending
         WHERE (from_id, from_version, to_id, to_version, type, properties, pending)
           IS NOT (excluded.from_id, excluded.from_version, excluded.to_id, excluded.to_version, excluded.type, excluded.properties, excluded.pending)`,
    ).run(rel.id, rel.from_entity_id, rel.from_entity_version, rel.to_entity_id, rel.to_entity_version, rel.relationship_type, JSON.stringify(rel.properties), pending)
      .changes > 0
  );
}

function canonicalEntity(entity: Entity): Entity {
  return { ...entity, version: canonicalVersion(entity.version), parent_versions: entity.parent_versions.map(canonicalVersion) };
}

function canonicalRelationship(rel: Relationship): Relationship {
  return { ...rel, from_entity_version: canonicalVersion(rel.from_entity_version), to_entity_version: canonicalVersion(rel.to_entity_version) };
}
