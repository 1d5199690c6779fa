import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import { entitySimilarity } from './entitySimilarity';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const findSimilarEntitiesArgs = z
  .object({
    entity_id: entityRef('reference entity'),
    threshold: z.number().min(0).max(1).default(0.3).describe('Minimum similarity, 0..1'),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .strict();

export interface SimilarEntity {
  entity: Entity;
  /** Weighted Jaccard similarity, 0..1, rounded to 3 decimals (see entitySimilarity.ts). */
  similarity: number;
  /** What the two have in common, e.g. "manufacturer philips", "capability dimming". */
  shared: string[];
}

export interface FindSimilarEntitiesResult {
  reference_entity_id: string;
  similar_entities: SimilarEntity[];
  count: number;
}

export const findSimilarEntities = defineTool({
  name: 'find_similar_entities',
  description:
    'Entities of the same type that resemble a given one (same manufacturer, model, kind, capabilities, similar ' +
    'name). Use it for "what other devices are like the hallway light?" or to spot duplicates.',
  argsSchema: findSimilarEntitiesArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<FindSimilarEntitiesResult> {
    const reference = await resolveToolEntity(ctx, args.entity_id, 'entity_id');
    const candidates = await ctx.store.listEntities({ types: [reference.entity_type] });
    const similar: SimilarEntity[] = [];
    for (const candidate of candidates) {
      if (candidate.id === reference.id) continue;
      const { score, shared } = entitySimilarity(reference, candidate);
      if (score >= args.threshold && score > 0) {
        similar.push({ entity: candidate, similarity: Math.round(score * 1000) / 1000, shared });
      }
    }
    similar.sort((a, b) => b.similarity - a.similarity || a.entity.name.localeCompare(b.entity.name));
    const top = similar.slice(0, args.limit);
    return { reference_entity_id: reference.id, similar_entities: top, count: top.length };
  },
});
