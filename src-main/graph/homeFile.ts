// A home as a JSON file (import/export, the demo home). Decisions, so that export → import round-trips exactly:
// - Export holds the current version of every entity, tombstones included (a deletion is information: importing the
//   file into a store that has the entity must delete it there too), but not older versions (history stays local).
// - Export holds the relationships the store shows (both endpoints current and not deleted); edges of a deleted
//   entity are not part of the home any more.
// - A file must be self-contained: every relationship endpoint must be an entity of the same file.
import { AppError, formatZodError } from '../../src-shared/errors';
import { homeFileSchema } from '../../src-shared/protocol/entities';
import type { Entity, HomeFile } from '../../src-shared/protocol/entities';
import { canonicalVersion, compareVersions, isValidVersion } from '../../src-shared/protocol/version';
import type { GraphStore } from './GraphStore';

export const HOME_FILE_MAX_BYTES = 100 * 1024 * 1024;

export interface ImportHomeFileResult {
  entityCount: number;
  relationshipCount: number;
}

/** Parses and checks a home file; every problem is an AppError naming where it is (e.g. `entities.3.entity_type`). */
export function parseHomeFile(json: string, options: { maxBytes?: number } = {}): HomeFile {
  const maxBytes = options.maxBytes ?? HOME_FILE_MAX_BYTES;
  const sizeBytes = Buffer.byteLength(json, 'utf8');
  if (sizeBytes > maxBytes) {
    throw new AppError('too_large', `The home file is ${formatMb(sizeBytes)}; the limit is ${formatMb(maxBytes)}.`, { details: { sizeBytes, maxBytes } });
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('validation', `The home file is not valid JSON: ${reason}`);
  }
  const parsed = homeFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('validation', `The home file does not match the format: ${formatZodError(parsed.error)}`, {
      details: { issues: parsed.error.issues.slice(0, 20) },
    });
  }
  checkHomeFile(parsed.data);
  return parsed.data;
}

/** The checks the schema cannot express: duplicate versions or edges, and edges to entities outside the file. */
export function checkHomeFile(file: HomeFile): void {
  const problems: string[] = [];
  const versions = new Set<string>();
  const ids = new Set<string>();
  file.entities.forEach((entity, index) => {
    // Unparsed input may reach here via importHomeFile; applyChanges reports bad versions properly.
    const version = isValidVersion(entity.version) ? canonicalVersion(entity.version) : entity.version;
    const key = `${entity.id}\u0000${version}`;
    if (versions.has(key)) problems.push(`entities.${index}: duplicate of entity "${entity.id}" version ${entity.version}`);
    versions.add(key);
    ids.add(entity.id);
  });
  const edgeIds = new Set<string>();
  file.relationships.forEach((rel, index) => {
    if (edgeIds.has(rel.id)) problems.push(`relationships.${index}: duplicate relationship id "${rel.id}"`);
    edgeIds.add(rel.id);
    if (!ids.has(rel.from_entity_id)) problems.push(`relationships.${index}.from_entity_id: "${rel.from_entity_id}" is not an entity in this file`);
    if (!ids.has(rel.to_entity_id)) problems.push(`relationships.${index}.to_entity_id: "${rel.to_entity_id}" is not an entity in this file`);
  });
  if (problems.length > 0) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new AppError('validation', `The home file is inconsistent: ${problems.slice(0, 5).join('; ')}${more}`, {
      details: { problems: problems.slice(0, 50) },
    });
  }
}

export async function exportHomeFile(store: GraphStore, now: () => Date = () => new Date()): Promise<HomeFile> {
  const entities = await store.listEntities({ includeDeleted: true });
  const relationships = await store.getRelationships();
  return { format: 'goodies-home', format_version: 1, exported_at: now().toISOString(), entities, relationships };
}

/**
 * Checks the whole file, then applies it in one transaction: a bad file changes nothing. `pending: true` marks the
 * contents as local edits to push to the home server; `false` treats them as already known to it (e.g. the demo home).
 */
export async function importHomeFile(store: GraphStore, file: HomeFile, options: { pending: boolean }): Promise<ImportHomeFileResult> {
  checkHomeFile(file);
  await store.applyChanges({ entities: inVersionOrder(file.entities), relationships: file.relationships, pending: options.pending, source: 'import' });
  return { entityCount: file.entities.length, relationshipCount: file.relationships.length };
}

/**
 * A file may hold several versions of an entity; the greatest is its current one. The store makes the last version
 * written current (the server, not version order, decides there), so a file is applied oldest version first.
 */
export function inVersionOrder(entities: readonly Entity[]): Entity[] {
  // Only the versions of one id trade places (among that id's positions), so error paths like `entities.3` still
  // point into the file as written.
  const byId = new Map<string, Entity[]>();
  for (const entity of entities) byId.set(entity.id, [...(byId.get(entity.id) ?? []), entity]);
  for (const versions of byId.values()) if (versions.length > 1) versions.sort((a, b) => compareVersions(a.version, b.version));
  const taken = new Map<string, number>();
  return entities.map((entity) => {
    const index = taken.get(entity.id) ?? 0;
    taken.set(entity.id, index + 1);
    return byId.get(entity.id)![index]!;
  });
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
