// Inbetweenies v2 sync request/response shapes (docs/inbetweenies-v2.md §3). Shared by the home server (which parses
// requests) and the desktop's sync client (which parses responses).
import { z } from 'zod';
import { entitySchema, relationshipSchema } from './entities';

export const INBETWEENIES_PROTOCOL_VERSION = 'inbetweenies-v2';
export const SYNC_PAGE_SIZE = 500;

export const SYNC_TYPES = ['full', 'delta', 'entities', 'relationships'] as const;
export type SyncType = (typeof SYNC_TYPES)[number];

/** Every field of §1 except `checksum` is required, also for deletes: a bare `{id}` is rejected. */
export const entityChangeSchema = entitySchema;

export const syncChangeSchema = z.object({
  change_type: z.enum(['create', 'update', 'delete']),
  entity: entityChangeSchema.nullable(),
  relationships: z.array(relationshipSchema).default([]),
});
export type SyncChange = z.infer<typeof syncChangeSchema>;

export const syncFiltersSchema = z.object({
  entity_types: z.array(z.string()).optional(),
  since: z.string().optional(),
  modified_by: z.array(z.string()).optional(),
});
export type SyncFilters = z.infer<typeof syncFiltersSchema>;

export const vectorClockSchema = z.object({ clocks: z.record(z.string(), z.unknown()).default({}) }).passthrough();

/**
 * The request as the server accepts it. `protocol_version` and `cursor` are plain strings here because a wrong value
 * is a 400 with its own message (as upstream), not a schema error. `include_relationships` is our extension.
 */
export const syncRequestSchema = z.object({
  protocol_version: z.string(),
  device_id: z.string().min(1),
  user_id: z.string().min(1),
  sync_type: z.enum(SYNC_TYPES),
  changes: z.array(syncChangeSchema).max(50_000).default([]),
  filters: syncFiltersSchema.nullable().optional(),
  vector_clock: vectorClockSchema.nullable().optional(),
  cursor: z.string().nullable().optional(),
  include_relationships: z.boolean().optional(),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const syncConflictSchema = z.object({
  entity_id: z.string(),
  local_version: z.string(),
  remote_version: z.string(),
  resolution_strategy: z.string(),
  resolved_version: z.string(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const pulledChangeSchema = z.object({
  change_type: z.enum(['update', 'delete']),
  entity: entitySchema.nullable(),
  relationships: z.array(relationshipSchema),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const syncResponseSchema = z.object({
  protocol_version: z.string(),
  sync_type: z.string(),
  changes: z.array(pulledChangeSchema),
  conflicts: z.array(syncConflictSchema),
  vector_clock: vectorClockSchema,
  cursor: z.string().nullable(),
  state_digest: z.string(),
  sync_stats: z.record(z.string(), z.unknown()),
  server_time: z.string(),
  applied: z.array(z.string()),
  applied_relationships: z.array(z.string()),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

export const syncStatusSchema = z.object({ device_id: z.string(), server_time: z.string(), protocol_version: z.string() });
export type SyncStatus = z.infer<typeof syncStatusSchema>;
