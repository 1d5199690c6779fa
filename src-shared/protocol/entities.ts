// Inbetweenies v2 entity and relationship shapes (see docs/inbetweenies-v2.md §1–§2).
// Pure TypeScript + zod: imported by main, the renderer (types only) and the project's home server.
import { z } from 'zod';
import { isValidVersion } from './version';

export const ENTITY_TYPES = [
  'home', 'room', 'device', 'zone', 'door', 'window',
  'procedure', 'manual', 'note', 'schedule', 'automation', 'app',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SOURCE_TYPES = ['homekit', 'matter', 'manual', 'imported', 'generated'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const RELATIONSHIP_TYPES = [
  'located_in', 'controls', 'connects_to', 'part_of', 'manages', 'documented_by', 'procedure_for',
  'triggered_by', 'depends_on', 'contained_in', 'monitors', 'automates', 'controlled_by_app', 'has_blob',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const entityTypeSchema = z.enum(ENTITY_TYPES);
export const sourceTypeSchema = z.enum(SOURCE_TYPES);
export const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);

export const versionSchema = z
  .string()
  .max(400)
  .refine(isValidVersion, { message: 'not a version string ({ISO µs +00:00}-{6 digits}-{user_id})' });

export const contentSchema = z.record(z.string(), z.unknown());
export type EntityContent = z.infer<typeof contentSchema>;

/** One immutable entity version, exactly as the wire carries it. */
export const entitySchema = z.object({
  id: z.string().min(1).max(200),
  version: versionSchema,
  entity_type: entityTypeSchema,
  name: z.string().min(1).max(255),
  content: contentSchema,
  source_type: sourceTypeSchema,
  user_id: z.string().min(1).max(200),
  parent_versions: z.array(versionSchema),
  checksum: z.string().nullable().optional(),
});
export type Entity = z.infer<typeof entitySchema>;

/** A graph edge. Not versioned; pinned to endpoint versions. */
export const relationshipSchema = z.object({
  id: z.string().min(1).max(200),
  from_entity_id: z.string().min(1).max(200),
  from_entity_version: versionSchema,
  to_entity_id: z.string().min(1).max(200),
  to_entity_version: versionSchema,
  relationship_type: relationshipTypeSchema,
  properties: contentSchema.default({}),
});
export type Relationship = z.infer<typeof relationshipSchema>;

/** A home as a file: the import/export format (entity versions + relationships). */
export const homeFileSchema = z.object({
  format: z.literal('goodies-home').optional(),
  format_version: z.literal(1).optional(),
  exported_at: z.string().optional(),
  entities: z.array(entitySchema).max(200_000),
  relationships: z.array(relationshipSchema).max(1_000_000),
});
export type HomeFile = z.infer<typeof homeFileSchema>;

export function isTombstone(entity: Pick<Entity, 'content'>): boolean {
  return entity.content['deleted'] === true;
}
