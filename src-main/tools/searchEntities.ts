import { z } from 'zod';
import { entityTypeSchema, isTombstone } from '../../src-shared/protocol/entities';
import type { SearchResultView } from '../../src-preload/contract/views';
import { contentPreview } from './contentPreview';
import { defineTool } from './ToolDefinition';

export const searchEntitiesArgs = z
  .object({
    query: z.string().trim().min(1).max(500).describe('Words to look for in names and content'),
    entity_types: z.array(entityTypeSchema).max(12).optional().describe('Only return entities of these types'),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .strict();

/** The protocol's result row; the home browser's search shows exactly these. */
export type SearchEntitiesHit = SearchResultView;

export interface SearchEntitiesResult {
  query: string;
  results: SearchEntitiesHit[];
  count: number;
}

export const searchEntities = defineTool({
  name: 'search_entities',
  description:
    'Full-text search over every entity of the home (names and content: devices, rooms, manuals, procedures, notes, ' +
    'automations...). Use it when you do not know the exact name or type, e.g. "anything about the water filter?". ' +
    'Narrow with entity_types. An empty result means nothing matched.',
  argsSchema: searchEntitiesArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<SearchEntitiesResult> {
    const hits = await ctx.store.searchText(args.query, {
      ...(args.entity_types ? { types: args.entity_types } : {}),
      limit: args.limit,
    });
    const results = hits.filter((hit) => !isTombstone(hit.entity)).slice(0, args.limit).map((hit) => ({
      id: hit.entity.id,
      entity_type: hit.entity.entity_type,
      name: hit.entity.name,
      score: hit.score,
      highlights: hit.highlights,
      content_preview: contentPreview(hit.entity.content),
    }));
    return { query: args.query, results, count: results.length };
  },
});
