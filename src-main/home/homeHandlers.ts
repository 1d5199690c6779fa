// The home browser's calls (tree, entity, search, export, import) for the contract: what each call reads or runs,
// apart from the composition root (services.ts), which only hands over the services they use.
import type { CallHandlers } from '../api/CallHandlers';
import type { ChunkedUploads } from '../api/ChunkedUploads';
import type { HomeImportService } from '../approvals/HomeImportService';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import type { GraphStore } from '../graph/GraphStore';
import { exportHomeFile } from '../graph/homeFile';
import type { ToolContext } from '../tools/ToolDefinition';
import type { SearchEntitiesResult } from '../tools/searchEntities';
import type { ToolRegistry } from '../tools/ToolRegistry';
import type { EntityType } from '../../src-shared/protocol/entities';
import type { SearchResultView } from '../../src-preload/contract';
import type { HomeBrowserQueries } from './HomeBrowserQueries';

type HomeCalls = 'home.getTree' | 'home.getTreeEntries' | 'home.getEntity' | 'home.search' | 'home.exportJson' | 'home.importJson' | 'home.uploadChunk';

export interface HomeHandlerServices {
  home: HomeBrowserQueries;
  /** The graph as the session sees it (a guest never exports private notes). */
  graph: GraphStore;
  resolver: EntityNameResolver;
  tools: ToolRegistry;
  toolContext: (correlationId: string) => ToolContext;
  imports: HomeImportService;
  uploads: ChunkedUploads;
  /** The session's user at the time of the call. */
  userId: () => string;
}

export function homeHandlers(services: HomeHandlerServices): Pick<CallHandlers, HomeCalls> {
  const { home, graph, resolver, tools, toolContext, imports, uploads, userId } = services;
  return {
    'home.getTree': () => home.getTree(),
    'home.getTreeEntries': ({ ids }) => home.getTreeEntries(ids),
    'home.getEntity': ({ id }) => home.getEntityDetail(id),
    'home.search': async ({ query, types, limit }, { correlationId }) => {
      const args = { query, limit: Math.min(limit ?? 20, 50), ...(types ? { entity_types: types } : {}) };
      const { result } = await tools.run('search_entities', args, toolContext(correlationId));
      const found = (result as SearchEntitiesResult).results;
      return found.length > 0 ? found : typoMatches(resolver, query, types);
    },
    'home.exportJson': async () => {
      const file = await exportHomeFile(graph);
      return { json: JSON.stringify(file, null, 2), entityCount: file.entities.length, relationshipCount: file.relationships.length };
    },
    'home.importJson': async ({ json, uploadId, fileName, mode, confirm }, { correlationId }) =>
      imports.import({
        json: json ?? uploads.take(uploadId ?? ''),
        fileName: fileName ?? null,
        userId: userId(),
        correlationId,
        ...(mode ? { mode } : {}),
        ...(confirm !== undefined ? { confirm } : {}),
      }),
    'home.uploadChunk': async ({ uploadId, index, total, data }) => uploads.add(uploadId, index, total, data),
  };
}

/** Full-text search found nothing: the name resolver's typo tolerance ("kitchn", "thermostst") suggests names. */
async function typoMatches(resolver: EntityNameResolver, query: string, types: readonly EntityType[] | undefined): Promise<SearchResultView[]> {
  const resolution = await resolver.resolve(query, { limit: 10, ...(types ? { types } : {}) });
  const scored = resolution.kind === 'match' ? [{ entity: resolution.entity, score: resolution.score }] : resolution.kind === 'ambiguous' ? resolution.candidates : resolution.suggestions;
  return scored.map(({ entity, score }) => ({
    id: entity.id, entity_type: entity.entity_type, name: entity.name, score, highlights: [], content_preview: `Did you mean ${entity.name}?`,
  }));
}
