// The SqliteGraphStore write path: validates a change set, then in one transaction writes local or remote rows (heads,
// FTS and edges: sqliteGraphWrites.ts) and its change_log row. The caller fires the change event after commit.
import { z } from 'zod';
import { AppError, formatZodError } from '../../src-shared/errors';
import { entitySchema, relationshipSchema } from '../../src-shared/protocol/entities';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { isCommonEntity, isCommonRelationship } from '../../src-shared/protocol/commonRowShape';
import { canonicalVersion, formatVersion, isPlainCanonicalVersion, parseVersion } from '../../src-shared/protocol/version';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { GraphChangeEvent, GraphChangeSet } from './GraphStore';
import { beginChange, finishChange } from './sqliteChangeLog';
import type { ChangeSource, GraphWriteContext } from './sqliteChangeLog';
import type { PrepareStatement } from './sqliteGraphRows';
import { writeLocalEntity, writeLocalRelationship, writeRemoteEntity, writeRemoteRelationship } from './sqliteGraphWrites';
import type { WriteOutcome } from './sqliteGraphWrites';

const MAX_ENTITIES = 200_000;
const MAX_RELATIONSHIPS = 1_000_000;
const changeSetSchema = z.object({
  entities: z.array(entitySchema).max(MAX_ENTITIES),
  relationships: z.array(relationshipSchema).max(MAX_RELATIONSHIPS),
});

export interface AppliedGraphChanges extends GraphChangeEvent {
  /** Ids whose pending local head (or pending edge) stayed what reads show while a remote row arrived. */
  keptLocal: string[];
  /** Server heads (and edges) that changed, visible or not. */
  applied: number;
}

/**
 * Throws AppError('validation') and writes nothing on bad input. Returns the ids that actually changed (possibly none);
 * writes are idempotent, so re-applying the same change set returns empty lists. `pending: true` writes local heads;
 * `pending: false` says "the server has these" and moves server heads only (see sqliteGraphWrites.ts).
 */
export function applySqliteGraphChanges(db: SqliteDatabase, stmt: PrepareStatement, changes: GraphChangeSet, context: GraphWriteContext): AppliedGraphChanges {
  const { entities, relationships } = parseChanges(changes);
  const source: ChangeSource = changes.source ?? (changes.pending ? 'local' : 'import');
  return transaction(db, () => {
    checkEndpoints(stmt, entities, relationships);
    return writeChanges(stmt, entities, relationships, changes.pending, source, context);
  });
}

/**
 * Rows pulled from a server (the sync engine's applyPulled): server heads only. Edge endpoints are not checked: the
 * server hands out edges before (or without) their endpoints, and reads only show edges whose endpoints resolve.
 */
export function applySqlitePulledRows(db: SqliteDatabase, stmt: PrepareStatement, rows: { entities?: readonly Entity[]; relationships?: readonly Relationship[] }, context: GraphWriteContext): AppliedGraphChanges {
  const { entities, relationships } = parseChanges({ ...rows, pending: false });
  return transaction(db, () => writeChanges(stmt, entities, relationships, false, 'remote', context));
}

function parseChanges(changes: GraphChangeSet): { entities: Entity[]; relationships: Relationship[] } {
  const fast = commonCanonicalRows(changes.entities ?? [], changes.relationships ?? []);
  if (fast) return fast;
  const parsed = changeSetSchema.safeParse({ entities: changes.entities ?? [], relationships: changes.relationships ?? [] });
  if (!parsed.success) {
    throw new AppError('validation', `Invalid graph change: ${formatZodError(parsed.error)}`, {
      details: { issues: parsed.error.issues.slice(0, 20) },
    });
  }
  return { entities: parsed.data.entities.map(canonicalEntity), relationships: parsed.data.relationships.map(canonicalRelationship) };
}

function writeChanges(
  stmt: PrepareStatement,
  entities: readonly Entity[],
  relationships: readonly Relationship[],
  pending: boolean,
  source: ChangeSource,
  context: GraphWriteContext,
): AppliedGraphChanges {
  const seq = beginChange(stmt, source, context);
  const entityIds = new Set<string>();
  const relationshipIds = new Set<string>();
  const keptLocal = new Set<string>();
  let applied = 0;
  const note = (outcome: WriteOutcome, id: string, into: Set<string>): void => {
    if (outcome === 'unchanged') return;
    applied++;
    into.add(id);
    if (outcome === 'kept_local') keptLocal.add(id);
  };
  for (const entity of entities) note(pending ? writeLocalEntity(stmt, entity, seq) : writeRemoteEntity(stmt, entity), entity.id, entityIds);
  for (const rel of relationships) note(pending ? writeLocalRelationship(stmt, rel, seq) : writeRemoteRelationship(stmt, rel), rel.id, relationshipIds);
  const changed = { entityIds: [...entityIds], relationshipIds: [...relationshipIds] };
  finishChange(stmt, seq, changed);
  return { ...changed, keptLocal: [...keptLocal], applied };
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

/**
 * The fast path (commonRowShape.ts): when every row has the common shape, zod would return them unchanged, so only the
 * versions are left to check, and canonicalising them does that (one parse per version instead of two). Undefined
 * as soon as one row is not that simple: the zod path then rejects bad rows with the errors it always gave.
 */
function commonCanonicalRows(entities: readonly unknown[], relationships: readonly unknown[]): { entities: Entity[]; relationships: Relationship[] } | undefined {
  if (!Array.isArray(entities) || !Array.isArray(relationships)) return undefined;
  if (entities.length > MAX_ENTITIES || relationships.length > MAX_RELATIONSHIPS) return undefined;
  const outEntities: Entity[] = [];
  for (const entity of entities) {
    if (!isCommonEntity(entity, { checkVersions: false })) return undefined;
    if (isPlainCanonicalVersion(entity.version) && entity.parent_versions.every(isPlainCanonicalVersion)) {
      // Already canonical (the usual case): the row itself, no copy (a full pull is 65k rows of garbage otherwise).
      outEntities.push(entity);
      continue;
    }
    const version = canonicalOrUndefined(entity.version);
    if (version === undefined) return undefined;
    const parents: string[] = [];
    for (const parent of entity.parent_versions) {
      const canonical = canonicalOrUndefined(parent);
      if (canonical === undefined) return undefined;
      parents.push(canonical);
    }
    outEntities.push({ ...entity, version, parent_versions: parents });
  }
  const outRelationships: Relationship[] = [];
  for (const rel of relationships) {
    if (!isCommonRelationship(rel, { checkVersions: false })) return undefined;
    if (isPlainCanonicalVersion(rel.from_entity_version) && isPlainCanonicalVersion(rel.to_entity_version)) {
      outRelationships.push(rel);
      continue;
    }
    const from = canonicalOrUndefined(rel.from_entity_version);
    const to = canonicalOrUndefined(rel.to_entity_version);
    if (from === undefined || to === undefined) return undefined;
    outRelationships.push({ ...rel, from_entity_version: from, to_entity_version: to });
  }
  return { entities: outEntities, relationships: outRelationships };
}

/** canonicalVersion without the throw: undefined exactly when `isValidVersion` is false. */
function canonicalOrUndefined(version: string): string | undefined {
  if (isPlainCanonicalVersion(version)) return version;
  const parsed = parseVersion(version);
  return parsed ? formatVersion(parsed.epochMicros, parsed.counter, parsed.userId) : undefined;
}

function canonicalEntity(entity: Entity): Entity {
  return { ...entity, version: canonicalVersion(entity.version), parent_versions: entity.parent_versions.map(canonicalVersion) };
}

function canonicalRelationship(rel: Relationship): Relationship {
  return { ...rel, from_entity_version: canonicalVersion(rel.from_entity_version), to_entity_version: canonicalVersion(rel.to_entity_version) };
}
