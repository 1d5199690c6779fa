// Per-entity heads in `entity_current`: the server head, an optional local head (pending edit on top of a base server
// version) and the visible version reads use (local over server). Every head move goes through moveHeads so the visible
// pointer and the full-text index never disagree with the heads.
import { isTombstone } from '../../src-shared/protocol/entities';
import type { Entity } from '../../src-shared/protocol/entities';
import { flattenContent } from '../store/flattenContent';
import { ENTITY_COLUMNS, toEntity } from './sqliteGraphRows';
import type { EntityRow, PrepareStatement } from './sqliteGraphRows';

export interface HeadRow {
  seq: number;
  id: string;
  version: string;
  deleted: number;
  server_version: string | null;
  local_version: string | null;
  base_version: string | null;
  local_seq: number | null;
}

export interface Heads {
  server: string | null;
  local: string | null;
  base: string | null;
  localSeq: number | null;
}

export function readHead(stmt: PrepareStatement, id: string): HeadRow | undefined {
  return stmt('SELECT seq, id, version, deleted, server_version, local_version, base_version, local_seq FROM entity_current WHERE id = ?').get(id) as
    | HeadRow
    | undefined;
}

export function readVersion(stmt: PrepareStatement, id: string, version: string): Entity | undefined {
  const row = stmt(`SELECT ${ENTITY_COLUMNS} FROM entity_versions v WHERE v.id = ? AND v.version = ?`).get(id, version) as EntityRow | undefined;
  return row ? toEntity(row) : undefined;
}

/**
 * Sets the heads of one id (both null: the id leaves the graph, its versions stay as history). `known` may hand over
 * the entity of the new visible version to save a read. Returns whether the visible version changed.
 */
export function moveHeads(stmt: PrepareStatement, id: string, current: HeadRow | undefined, next: Heads, known?: Entity): boolean {
  const visible = next.local ?? next.server;
  // The pending flag on a version means "this is some id's local head".
  if (current?.local_version && current.local_version !== next.local) {
    stmt('UPDATE entity_versions SET pending = 0 WHERE id = ? AND version = ?').run(id, current.local_version);
  }
  if (next.local && next.local !== current?.local_version) stmt('UPDATE entity_versions SET pending = 1 WHERE id = ? AND version = ?').run(id, next.local);
  if (visible === null) {
    if (!current) return false;
    if (!current.deleted) stmt('DELETE FROM entity_fts WHERE rowid = ?').run(current.seq);
    stmt('DELETE FROM entity_current WHERE seq = ?').run(current.seq);
    return true;
  }
  const entity = known?.version === visible ? known : readVersion(stmt, id, visible);
  if (!entity) throw new Error(`moveHeads: version ${visible} of ${id} is not stored`);
  const deleted = isTombstone(entity) ? 1 : 0;
  if (!current) {
    const seq = Number(
      stmt(
        'INSERT INTO entity_current (id, version, entity_type, deleted, server_version, local_version, base_version, local_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, visible, entity.entity_type, deleted, next.server, next.local, next.base, next.localSeq).lastInsertRowid,
    );
    if (!deleted) indexText(stmt, seq, entity);
    return true;
  }
  stmt(
    'UPDATE entity_current SET version = ?, entity_type = ?, deleted = ?, server_version = ?, local_version = ?, base_version = ?, local_seq = ? WHERE seq = ?',
  ).run(visible, entity.entity_type, deleted, next.server, next.local, next.base, next.localSeq, current.seq);
  if (visible === current.version) return false;
  if (!current.deleted) stmt('DELETE FROM entity_fts WHERE rowid = ?').run(current.seq);
  if (!deleted) indexText(stmt, current.seq, entity);
  return true;
}

export function headsOf(row: HeadRow | undefined): Heads {
  return { server: row?.server_version ?? null, local: row?.local_version ?? null, base: row?.base_version ?? null, localSeq: row?.local_seq ?? null };
}

function indexText(stmt: PrepareStatement, seq: number, entity: Entity): void {
  stmt('INSERT INTO entity_fts (rowid, name, body) VALUES (?, ?, ?)').run(seq, entity.name, flattenContent(entity.content));
}
