// A fast path for validating pulled rows: a full pull is 65k rows, and running them through zod (twice: client and
// store) cost about as much as writing them. These checks accept only the common shape, the one zod would return
// unchanged: a plain object with exactly the schema's keys, no default to fill and no unknown key to strip. Anything
// else (a bad row, an extra key, a missing `properties`) answers false and the caller runs the zod schema, so bad rows
// are rejected with exactly the errors they always had. tests/shared/commonRowShape.test.ts checks both agree.
import { ENTITY_TYPES, RELATIONSHIP_TYPES, SOURCE_TYPES, type Entity, type Relationship } from './entities';
import { isPlainCanonicalVersion, isValidVersion } from './version';

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const SOURCE_TYPE_SET: ReadonlySet<string> = new Set(SOURCE_TYPES);
const RELATIONSHIP_TYPE_SET: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);
const ENTITY_KEYS = 8; // id, version, entity_type, name, content, source_type, user_id, parent_versions (+ checksum)
const RELATIONSHIP_KEYS = 7;
const MAX_VERSION_CHARS = 400;

/** Versions are checked by the caller when `checkVersions` is false (the store canonicalises them, which validates). */
export interface CommonShapeOptions {
  checkVersions?: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  // zod copies records key by key, and a "__proto__" key (JSON.parse makes it an own key) would not survive that.
  return !Object.hasOwn(value, '__proto__');
}

function isId(value: unknown, max = 200): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= max;
}

function isVersion(value: unknown, check: boolean): boolean {
  return typeof value === 'string' && value.length <= MAX_VERSION_CHARS && (!check || isPlainCanonicalVersion(value) || isValidVersion(value));
}

/** True when `entitySchema` would accept `value` and return it unchanged. */
export function isCommonEntity(value: unknown, options: CommonShapeOptions = {}): value is Entity {
  if (!isPlainObject(value)) return false;
  const check = options.checkVersions !== false;
  let keys = ENTITY_KEYS;
  if (Object.hasOwn(value, 'checksum')) {
    if (typeof value['checksum'] !== 'string' && value['checksum'] !== null) return false;
    keys++;
  }
  if (Object.keys(value).length !== keys) return false;
  const parents = value['parent_versions'];
  if (!Array.isArray(parents)) return false;
  for (const parent of parents) if (!isVersion(parent, check)) return false;
  return (
    isId(value['id']) &&
    isVersion(value['version'], check) &&
    typeof value['entity_type'] === 'string' &&
    ENTITY_TYPE_SET.has(value['entity_type']) &&
    isId(value['name'], 255) &&
    isPlainObject(value['content']) &&
    typeof value['source_type'] === 'string' &&
    SOURCE_TYPE_SET.has(value['source_type']) &&
    isId(value['user_id'])
  );
}

/** True when `relationshipSchema` would accept `value` and return it unchanged (`properties` present). */
export function isCommonRelationship(value: unknown, options: CommonShapeOptions = {}): value is Relationship {
  if (!isPlainObject(value) || Object.keys(value).length !== RELATIONSHIP_KEYS) return false;
  const check = options.checkVersions !== false;
  return (
    isId(value['id']) &&
    isId(value['from_entity_id']) &&
    isVersion(value['from_entity_version'], check) &&
    isId(value['to_entity_id']) &&
    isVersion(value['to_entity_version'], check) &&
    typeof value['relationship_type'] === 'string' &&
    RELATIONSHIP_TYPE_SET.has(value['relationship_type']) &&
    isPlainObject(value['properties'])
  );
}
