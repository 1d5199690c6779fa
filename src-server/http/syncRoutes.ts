// POST /api/v1/sync/ and GET /api/v1/sync/status (docs/inbetweenies-v2.md §3).
import type { FastifyInstance } from 'fastify';
import { INBETWEENIES_PROTOCOL_VERSION, SYNC_PAGE_SIZE, syncRequestSchema, type SyncResponse } from '../../src-shared/protocol/inbetweeniesSync';
import { formatTimestampMicros } from '../../src-shared/protocol/version';
import { DigestCache } from '../sync/DigestCache';
import { describeSyncValidationError } from '../sync/describeSyncValidationError';
import { requireAuth, principalOf } from './authenticate';
import { sendError } from './httpErrors';
import type { ServerContext } from './ServerContext';

const serverTime = (): string => formatTimestampMicros(Date.now() * 1000);

/** `since` as upstream reads it: an ISO datetime, naive = UTC. */
function parseSince(since: string): number | undefined {
  const withZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(since) ? since : `${since}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

export function registerSyncRoutes(app: FastifyInstance, context: ServerContext): void {
  const { storage, metrics } = context;
  const digests = new DigestCache(storage.graph);

  // Upstream (FastAPI) redirects the no-slash form; clients must follow or, better, use the slash.
  app.post('/api/v1/sync', async (_request, reply) => reply.code(307).header('location', '/api/v1/sync/').send());

  app.get<{ Querystring: { device_id?: string } }>('/api/v1/sync/status', { preHandler: requireAuth(context) }, async (request) => ({
    device_id: request.query.device_id ?? '',
    server_time: serverTime(),
    protocol_version: INBETWEENIES_PROTOCOL_VERSION,
  }));

  app.post('/api/v1/sync/', { preHandler: requireAuth(context), bodyLimit: 64 * 1024 * 1024 }, async (request, reply) => {
    const started = Date.now();
    const parsed = syncRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      const report = describeSyncValidationError(parsed.error, request.body);
      return sendError(request, reply, 422, 'validation', report.message, { detail: report.detail, details: report.change });
    }
    const body = parsed.data;
    if (body.protocol_version !== INBETWEENIES_PROTOCOL_VERSION) return reply.code(400).send({ detail: 'Unsupported protocol version' });
    if (body.cursor != null && !/^\d+$/.test(body.cursor)) return reply.code(400).send({ detail: 'Invalid cursor' });
    const since = body.filters?.since;
    const sinceMs = since !== undefined ? parseSince(since) : undefined;
    if (since !== undefined && sinceMs === undefined) return sendError(request, reply, 422, 'validation', 'filters.since is not an ISO datetime');

    const principal = principalOf(request);
    const pushesSomething = body.changes.some((c) => c.entity !== null || c.relationships.length > 0);
    if (pushesSomething && principal.role === 'guest') {
      // Unlike upstream, which leaves read-only to the client: the server refuses guest writes itself.
      context.securityLog.record({ event: 'guest_push_refused', outcome: 'refused', ip: request.ip, subject: principal.userId, correlation_id: String(request.id) });
      return sendError(request, reply, 403, 'forbidden', 'Guests are read-only');
    }

    const outcome = pushesSomething ? await storage.graph.applyPush(body.changes, Date.now()) : undefined;
    if (outcome) {
      metrics.inc('goodies_sync_entities_applied_total', {}, outcome.applied.length);
      metrics.inc('goodies_sync_relationships_applied_total', {}, outcome.appliedRelationships.length);
      metrics.inc('goodies_sync_conflicts_total', {}, outcome.conflicts.length);
      if (outcome.changedEntityIds.length || outcome.appliedRelationships.length) context.notifier.publish({ scope: 'graph' });
    }

    const delta = body.sync_type === 'delta';
    const cursor = delta && body.cursor ? Number(body.cursor) : undefined;
    const visibility = { hidePrivate: principal.role === 'guest' };
    const page = await storage.graph.pullPage({
      ...visibility,
      ...(cursor !== undefined ? { afterSeq: cursor } : {}),
      ...(cursor === undefined && delta && sinceMs !== undefined ? { sinceMs } : {}),
      ...(body.filters?.entity_types ? { entityTypes: body.filters.entity_types } : {}),
      ...(body.filters?.modified_by ? { modifiedBy: body.filters.modified_by } : {}),
      includeRelationships: body.include_relationships === true,
      limit: SYNC_PAGE_SIZE,
    });
    const response: SyncResponse = {
      protocol_version: INBETWEENIES_PROTOCOL_VERSION,
      sync_type: body.sync_type,
      changes: page.changes,
      conflicts: outcome?.conflicts ?? [],
      vector_clock: body.vector_clock ?? { clocks: {} },
      cursor: page.hasMore && page.lastSeq !== null ? String(page.lastSeq) : null,
      state_digest: await digests.digest(visibility),
      sync_stats: {
        entities_pushed: body.changes.filter((c) => c.entity).length,
        entities_applied: outcome?.applied.length ?? 0,
        relationships_applied: outcome?.appliedRelationships.length ?? 0,
        relationships_skipped: outcome?.skippedRelationships.length ?? 0,
        conflicts: outcome?.conflicts.length ?? 0,
        entities_pulled: page.entityCount,
        relationships_pulled: page.relationshipCount,
        duration_ms: Date.now() - started,
      },
      server_time: serverTime(),
      applied: outcome?.applied ?? [],
      applied_relationships: outcome?.appliedRelationships ?? [],
    };
    return response;
  });
}
