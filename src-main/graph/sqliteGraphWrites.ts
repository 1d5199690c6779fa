// Row-level graph writes, in two kinds. A local write makes (or replaces) an id's local head; a remote write (what a
// server or an "already known" import says is current) moves the server head only and never touches a pending local
// head. No "greatest version wins" rule: the server decides what is current, and a local edit is current locally.
// Callers run these inside one transaction and log it (sqliteChangeLog.ts).
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { headsOf, moveHeads, readHead } from './sqliteEntityHeads';
import type { PrepareStatement } from './sqliteGraphRows';

export type WriteOutcome = 'unchanged' | 'changed' | 'kept_local';

function insertVersion(stmt: PrepareStatement, entity: Entity): boolean {
  return (
    stmt(
      `INSERT OR IGNORE INTO entity_versions (id, version, entity_type, name, content, source_type, user_id, parent_versions, checksum, pending)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
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
    ).changes > 0
  );
}

/**
 * A local edit: the new version becomes the local head. Its base stays the server head the first pending edit was made
 * on (an unpushed local head is simply replaced). Versions are immutable: re-applying a stored version changes nothing.
 */
export function writeLocalEntity(stmt: PrepareStatement, entity: Entity, localSeq: number): WriteOutcome {
  if (!insertVersion(stmt, entity)) return 'unchanged';
  const head = readHead(stmt, entity.id);
  const heads = headsOf(head);
  const base = heads.local ? heads.base : heads.server;
  moveHeads(stmt, entity.id, head, { server: heads.server, local: entity.version, base, localSeq }, entity);
  return 'changed';
}

/**
 * What the server says is current becomes the server head, whatever its version sorts like (a pulled tombstone
 * included). A pending local head stays what reads show ('kept_local'), unless the server now holds that very
 * version: then the edit has arrived and is no longer pending.
 */
export function writeRemoteEntity(stmt: PrepareStatement, entity: Entity): WriteOutcome {
  insertVersion(stmt, entity);
  const head = readHead(stmt, entity.id);
  const heads = headsOf(head);
  if (heads.local === entity.version) {
    moveHeads(stmt, entity.id, head, { server: entity.version, local: null, base: null, localSeq: null }, entity);
    return 'changed';
  }
  if (heads.server === entity.version && head) return 'unchanged';
  moveHeads(stmt, entity.id, head, { ...heads, server: entity.version }, entity);
  return heads.local ? 'kept_local' : 'changed';
}

/** A local edge write: pending, with a revision (the change_log seq) that grows on every write. */
export function writeLocalRelationship(stmt: PrepareStatement, rel: Relationship, revision: number): WriteOutcome {
  const changes = stmt(
    `INSERT INTO relationships (id, from_id, from_version, to_id, to_version, type, properties, pending, local_rev) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
       ON CONFLICT(id) DO UPDATE SET from_id = excluded.from_id, from_version = excluded.from_version, to_id = excluded.to_id,
         to_version = excluded.to_version, type = excluded.type, properties = excluded.properties, pending = 1,
         local_rev = MAX(relationships.local_rev + 1, excluded.local_rev)
       WHERE (from_id, from_version, to_id, to_version, type, properties)
         IS NOT (excluded.from_id, excluded.from_version, excluded.to_id, excluded.to_version, excluded.type, excluded.properties)`,
  ).run(...edgeParams(rel), revision).changes;
  return changes > 0 ? 'changed' : 'unchanged';
}

/** A remote edge: updates in place unless the edge has a pending local edit (that one wins locally until acked). */
export function writeRemoteRelationship(stmt: PrepareStatement, rel: Relationship): WriteOutcome {
  const changes = stmt(
    `INSERT INTO relationships (id, from_id, from_version, to_id, to_version, type, properties, pending, local_rev) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)
       ON CONFLICT(id) DO UPDATE SET from_id = excluded.from_id, from_version = excluded.from_version, to_id = excluded.to_id,
         to_version = excluded.to_version, type = excluded.type, properties = excluded.properties
       WHERE relationships.pending = 0 AND (from_id, from_version, to_id, to_version, type, properties)
         IS NOT (excluded.from_id, excluded.from_version, excluded.to_id, excluded.to_version, excluded.type, excluded.properties)`,
  ).run(...edgeParams(rel)).changes;
  if (changes > 0) return 'changed';
  // Nothing written: either the same row again, or a pending local edit that the pull must not touch.
  const pending = stmt('SELECT pending FROM relationships WHERE id = ?').get(rel.id) as { pending: number } | undefined;
  return pending?.pending === 1 ? 'kept_local' : 'unchanged';
}

function edgeParams(rel: Relationship): [string, string, string, string, string, string, string] {
  return [rel.id, rel.from_entity_id, rel.from_entity_version, rel.to_entity_id, rel.to_entity_version, rel.relationship_type, JSON.stringify(rel.properties)];
}
