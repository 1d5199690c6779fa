// Test data builders shared by the store and graph tests (real SQLite files in temp dirs, no mocks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity, EntityType, Relationship, RelationshipType } from '../../../src-shared/protocol/entities';
import { formatVersion } from '../../../src-shared/protocol/version';

const BASE_MICROS = Date.UTC(2026, 5, 15, 9, 0, 0) * 1000;

/** The n-th version of a test clock: later n sorts later. */
export function v(n: number, user = 'alice'): string {
  return formatVersion(BASE_MICROS + n * 1_000_000, n, user);
}

export function entity(id: string, n: number, overrides: Partial<Entity> = {}): Entity {
  return {
    id,
    version: v(n),
    entity_type: 'device' as EntityType,
    name: id,
    content: {},
    source_type: 'manual',
    user_id: 'alice',
    parent_versions: [],
    ...overrides,
  };
}

export function edge(id: string, from: Entity, to: Entity, type: RelationshipType = 'located_in', properties: Record<string, unknown> = {}): Relationship {
  return {
    id,
    from_entity_id: from.id,
    from_entity_version: from.version,
    to_entity_id: to.id,
    to_entity_version: to.version,
    relationship_type: type,
    properties,
  };
}

export interface TempDir {
  path: string;
  file(name: string): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'goodies-store-'));
  return { path, file: (name) => join(path, name), remove: () => rmSync(path, { recursive: true, force: true }) };
}
