// The read side of the REST graph API (docs/inbetweenies-v2.md §5). Writes go through sync only.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatZodError } from '../../src-shared/errors';
import { findPath, searchEntities } from '../graph/graphQueries';
import { requireAuth, principalOf } from './authenticate';
import { sendError } from './httpErrors';
import type { ServerContext } from './ServerContext';

const listQuery = z.object({
  entity_type: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
const relationshipQuery = z.object({ from_entity_id: z.string().optional(), to_entity_id: z.string().optional(), relationship_type: z.string().optional() });
const searchBody = z.object({ query: z.string().min(1).max(500), entity_types: z.array(z.string()).optional(), limit: z.number().int().min(1).max(500).default(10) });
const pathBody = z.object({ from_entity_id: z.string().min(1), to_entity_id: z.string().min(1), max_depth: z.number().int().min(1).max(50).default(10) });

export function registerGraphRoutes(app: FastifyInstance, context: ServerContext): void {
  const { graph } = context.storage;
  const auth = { preHandler: requireAuth(context) };
  const visibilityOf = (request: Parameters<typeof principalOf>[0]) => ({ hidePrivate: principalOf(request).role === 'guest' });

  app.get('/api/v1/graph/entities', auth, async (request, reply) => {
    const q = listQuery.safeParse(request.query);
    if (!q.success) return sendError(request, reply, 422, 'validation', formatZodError(q.error));
    const entities = await graph.listEntities({ ...visibilityOf(request), ...(q.data.entity_type ? { entityType: q.data.entity_type } : {}), limit: q.data.limit, offset: q.data.offset });
    return { entities, count: entities.length };
  });

  app.get<{ Params: { id: string } }>('/api/v1/graph/entities/:id', auth, async (request, reply) => {
    const entity = await graph.getEntity(request.params.id, visibilityOf(request));
    if (!entity) return sendError(request, reply, 404, 'not_found', 'Entity not found');
    return entity;
  });

  app.get('/api/v1/graph/relationships', auth, async (request, reply) => {
    const q = relationshipQuery.safeParse(request.query);
    if (!q.success) return sendError(request, reply, 422, 'validation', formatZodError(q.error));
    const relationships = await graph.listRelationships({
      ...visibilityOf(request),
      ...(q.data.from_entity_id ? { fromEntityId: q.data.from_entity_id } : {}),
      ...(q.data.to_entity_id ? { toEntityId: q.data.to_entity_id } : {}),
      ...(q.data.relationship_type ? { relationshipType: q.data.relationship_type } : {}),
    });
    return { relationships, count: relationships.length };
  });

  app.post('/api/v1/graph/search', auth, async (request, reply) => {
    const body = searchBody.safeParse(request.body ?? {});
    if (!body.success) return sendError(request, reply, 422, 'validation', formatZodError(body.error));
    const hits = searchEntities(await graph.currentEntities(visibilityOf(request)), body.data.query, { limit: body.data.limit, ...(body.data.entity_types ? { entityTypes: body.data.entity_types } : {}) });
    return { query: body.data.query, results: hits, count: hits.length };
  });

  app.post('/api/v1/graph/path', auth, async (request, reply) => {
    const body = pathBody.safeParse(request.body ?? {});
    if (!body.success) return sendError(request, reply, 422, 'validation', formatZodError(body.error));
    const visibility = visibilityOf(request);
    return findPath(await graph.currentEntities(visibility), await graph.listRelationships(visibility), body.data.from_entity_id, body.data.to_entity_id, body.data.max_depth);
  });

  app.get('/api/v1/graph/statistics', auth, async (request) => graph.statistics(visibilityOf(request)));
}
