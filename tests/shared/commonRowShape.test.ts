// The fast validation path for pulled rows (src-shared/protocol/commonRowShape.ts and its two users, the sync
// response parser and the store's change-set parser) must agree with the zod schemas: whatever it accepts, zod accepts
// and returns unchanged; whatever it refuses goes through zod, so bad rows fail with the same errors as before.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatZodError } from '../../src-shared/errors';
import { isCommonEntity, isCommonRelationship } from '../../src-shared/protocol/commonRowShape';
import { entitySchema, relationshipSchema, type Entity, type Relationship } from '../../src-shared/protocol/entities';
import { syncResponseSchema } from '../../src-shared/protocol/inbetweeniesSync';
import { syncResponseParser } from '../../src-main/sync/syncResponseParser';

const V1 = '2026-06-15T09:41:02.581234+00:00-000001-alice';
const V2 = '2026-06-15T09:41:03.000000+00:00-000002-alice';
const entity: Entity = { id: 'dev-lamp', version: V2, entity_type: 'device', name: 'Lamp', content: { on: true }, source_type: 'manual', user_id: 'alice', parent_versions: [V1] };
const edge: Relationship = { id: 'e-1', from_entity_id: 'dev-lamp', from_entity_version: V2, to_entity_id: 'room-k', to_entity_version: V1, relationship_type: 'located_in', properties: {} };

const entityVariants: Array<[string, unknown]> = [
  ['the common shape', entity],
  ['with a checksum', { ...entity, checksum: 'abc' }],
  ['with a null checksum', { ...entity, checksum: null }],
  ['with an undefined checksum', { ...entity, checksum: undefined }],
  ['a legacy +00:00Z version', { ...entity, version: '2026-06-15T09:41:02.581234+00:00Z-000001-alice' }],
  ['a 31st of April (valid to Date.parse, not canonical)', { ...entity, version: '2026-04-31T09:41:02.581234+00:00-000001-alice' }],
  ['an unknown key (zod strips it)', { ...entity, extra: 1 }],
  ['a "__proto__" key in content', JSON.parse(`{"id":"x","version":"${V1}","entity_type":"device","name":"n","content":{"__proto__":{"a":1}},"source_type":"manual","user_id":"u","parent_versions":[]}`)],
  ['no name', { ...entity, name: undefined }],
  ['an empty name', { ...entity, name: '' }],
  ['a 256-char name', { ...entity, name: 'n'.repeat(256) }],
  ['a 201-char id', { ...entity, id: 'i'.repeat(201) }],
  ['a bad entity_type', { ...entity, entity_type: 'toaster' }],
  ['a bad source_type', { ...entity, source_type: 'magic' }],
  ['a bad version', { ...entity, version: 'yesterday' }],
  ['a too long version', { ...entity, version: `${V1}${'x'.repeat(400)}` }],
  ['a bad parent version', { ...entity, parent_versions: [V1, 'nope'] }],
  ['parent_versions not an array', { ...entity, parent_versions: V1 }],
  ['content an array', { ...entity, content: [] }],
  ['content null', { ...entity, content: null }],
  ['a numeric user_id', { ...entity, user_id: 7 }],
  ['a number checksum', { ...entity, checksum: 5 }],
  ['null', null],
  ['an array', [entity]],
];

const edgeVariants: Array<[string, unknown]> = [
  ['the common shape', edge],
  ['no properties (zod fills the default)', { ...edge, properties: undefined }],
  ['properties with values', { ...edge, properties: { strength: 2 } }],
  ['an unknown key', { ...edge, weight: 1 }],
  ['a bad type', { ...edge, relationship_type: 'likes' }],
  ['a bad endpoint version', { ...edge, to_entity_version: 'v1' }],
  ['an empty endpoint id', { ...edge, from_entity_id: '' }],
  ['properties an array', { ...edge, properties: [] }],
];

const clean = (value: unknown): unknown => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) : value);

describe('common row shape agrees with zod', () => {
  it.each(entityVariants)('entity: %s', (_name, value) => {
    const zod = entitySchema.safeParse(value);
    if (isCommonEntity(value)) {
      expect(zod.success).toBe(true);
      expect(zod.data).toEqual(value);
    }
    if (zod.success && JSON.stringify(zod.data) !== JSON.stringify(clean(value))) expect(isCommonEntity(value)).toBe(false);
    if (!zod.success) expect(isCommonEntity(value)).toBe(false);
  });

  it.each(edgeVariants)('relationship: %s', (_name, value) => {
    const zod = relationshipSchema.safeParse(value);
    if (isCommonRelationship(value)) {
      expect(zod.success).toBe(true);
      expect(zod.data).toEqual(value);
    }
    if (!zod.success) expect(isCommonRelationship(value)).toBe(false);
  });

  it('accepts the common rows and refuses every bad one', () => {
    expect(isCommonEntity(entity)).toBe(true);
    expect(isCommonRelationship(edge)).toBe(true);
    expect(isCommonRelationship({ ...edge, properties: undefined })).toBe(false);
    expect(isCommonEntity({ ...entity, extra: 1 })).toBe(false);
  });
});

describe('sync response parser', () => {
  const page = (changes: unknown[]): Record<string, unknown> => ({
    protocol_version: 'inbetweenies-v2', sync_type: 'full', changes, conflicts: [], vector_clock: { clocks: {} }, cursor: null,
    state_digest: 'd', sync_stats: {}, server_time: '2026-06-15T09:41:03+00:00', applied: [], applied_relationships: [], extra_top_level: true,
  });
  const outcome = (result: z.ZodSafeParseResult<unknown>): unknown => (result.success ? { ok: result.data } : { error: formatZodError(result.error) });

  it('returns what syncResponseSchema returns for common pages, odd-but-valid pages and bad pages, errors included', () => {
    const pages = [
      page([{ change_type: 'update', entity, relationships: [edge] }, { change_type: 'delete', entity: null, relationships: [] }]),
      page([{ change_type: 'update', entity: { ...entity, extra: 1 }, relationships: [{ ...edge, properties: undefined }] }]),
      page([{ change_type: 'update', entity: { ...entity, entity_type: 'toaster' }, relationships: [] }]),
      page([{ change_type: 'update', entity, relationships: [{ ...edge, relationship_type: 'likes' }] }]),
      page([{ change_type: 'create', entity, relationships: [] }]),
      page([{ change_type: 'update', entity, relationships: [], more: 1 }]),
      { ...page([]), cursor: 5 },
    ];
    for (const body of pages) expect(outcome(syncResponseParser.safeParse(body))).toEqual(outcome(syncResponseSchema.safeParse(body)));
    expect(syncResponseParser.safeParse(pages[2]).success).toBe(false);
  });
});
