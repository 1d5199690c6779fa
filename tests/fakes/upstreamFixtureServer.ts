// A small stand-in for upstream FunkyGibbon on 127.0.0.1, reproducing the quirks docs/inbetweenies-v2.md lists, so
// the sync client is tested against upstream's behaviour and not only against our own (friendlier) server:
// - `POST /api/v1/sync` answers 307 → `/api/v1/sync/`;
// - a missing token is 403 ("Not authenticated", FastAPI's HTTPBearer), a bad one 401;
// - a bad enum anywhere in a push is a 500 and nothing of the push is stored (one transaction); a bad relationship
//   type is a 400; a bare `{id}` is a 422;
// - edges are never in sync responses (REST only, a bare array here: upstream documents the route, not the body);
// - a push without cursor/since echoes the whole graph; pages of 500 with a cursor only while more remain; a `full`
//   request ignores the cursor;
// - conflicts: receive time vs. pushed timestamp beyond 1 s, else lexically greater; losers kept and acked;
//   tombstones always win; delete of an unknown id acked with nothing stored;
// - guests are not refused by the server (read-only is the client's job); 5 logins in 5 minutes → 429 + Retry-After.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENTITY_TYPES, RELATIONSHIP_TYPES, SOURCE_TYPES, type Entity, type Relationship } from '../../src-shared/protocol/entities';
import { formatTimestampMicros, isValidVersion } from '../../src-shared/protocol/version';
import { computeStateDigest } from '../../src-node-shared/sync/stateDigest';
import { resolveConflict } from '../../src-node-shared/sync/resolveConflict';

export const FIXTURE_ADMIN_PASSWORD = 'fixture admin password';

interface StoredRow {
  entity: Entity;
  receivedAtMs: number;
  seq: number;
}

interface Session {
  role: 'admin' | 'guest';
  userId: string;
  expiresAtMs: number;
}

export interface UpstreamFixtureServer {
  readonly url: string;
  /** A guest QR token, as an admin's generate-qr would mint (redeem it with POST /api/v1/auth/guest/verify). */
  createGuestToken(): string;
  /** How many sync requests were answered 500 (a poisoned push). */
  readonly poisonedPushes: number;
  readonly entityCount: number;
  /** Every stored version of an id (losers included), for assertions. */
  versionsOf(id: string): string[];
  currentVersion(id: string): string | undefined;
  stop(): Promise<void>;
}

const SYNC_TYPES = new Set(['full', 'delta', 'entities', 'relationships']);
const SOURCE_TYPE_SET = new Set<string>(SOURCE_TYPES);
const RELATIONSHIP_TYPE_SET = new Set<string>(RELATIONSHIP_TYPES);
const ENTITY_FIELDS = ['id', 'version', 'entity_type', 'name', 'content', 'source_type', 'user_id', 'parent_versions'] as const;

class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export interface UpstreamFixtureOptions {
  pageSize?: number;
  now?: () => number;
  /** An older upstream knows fewer entity types: pushing one it lacks is its 500 (version skew, a poisoned change). */
  knownEntityTypes?: readonly string[];
}

export async function startUpstreamFixtureServer(options: UpstreamFixtureOptions = {}): Promise<UpstreamFixtureServer> {
  const pageSize = options.pageSize ?? 500;
  const entityTypes = new Set<string>(options.knownEntityTypes ?? ENTITY_TYPES);
  const now = options.now ?? Date.now;
  const rows = new Map<string, StoredRow[]>(); // every version of an id, the current one last-decided in `current`
  const current = new Map<string, StoredRow>();
  const edges = new Map<string, Relationship>();
  const sessions = new Map<string, Session>();
  const guestTokens = new Set<string>();
  const loginAttempts: number[] = [];
  let seq = 0;
  let poisonedPushes = 0;

  const issue = (role: Session['role'], userId: string): Record<string, unknown> => {
    const token = `fixture-${randomUUID()}`;
    sessions.set(token, { role, userId, expiresAtMs: now() + 604_800_000 });
    return { access_token: token, token_type: 'bearer', expires_in: 604_800, role };
  };

  const authenticate = (req: IncomingMessage): Session => {
    const header = req.headers['authorization'];
    if (!header) throw new HttpAnswer(403, { detail: 'Not authenticated' });
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    const session = token ? sessions.get(token) : undefined;
    if (!session || session.expiresAtMs < now()) throw new HttpAnswer(401, { detail: 'Invalid authentication credentials' });
    return session;
  };

  const throttle = (): void => {
    const t = now();
    while (loginAttempts.length && loginAttempts[0]! < t - 300_000) loginAttempts.shift();
    if (loginAttempts.length >= 5) throw new HttpAnswer(429, { detail: 'Too many attempts' }, { 'retry-after': '900' });
    loginAttempts.push(t);
  };

  /** Upstream's enum columns blow up inside the transaction: a 500, and the rollback leaves nothing stored. */
  const checkEnums = (changes: Array<Record<string, unknown>>): void => {
    for (const change of changes) {
      const entity = change['entity'] as Record<string, unknown> | null;
      if (entity && (!entityTypes.has(String(entity['entity_type'])) || !SOURCE_TYPE_SET.has(String(entity['source_type'])))) {
        poisonedPushes++;
        throw new HttpAnswer(500, 'Internal Server Error');
      }
    }
  };

  const validateShape = (body: Record<string, unknown>): Array<Record<string, unknown>> => {
    if (typeof body['protocol_version'] !== 'string' || typeof body['device_id'] !== 'string' || typeof body['user_id'] !== 'string' || !SYNC_TYPES.has(String(body['sync_type']))) {
      throw new HttpAnswer(422, { detail: [{ loc: ['body'], msg: 'field required or invalid', type: 'value_error' }] });
    }
    const changes = (body['changes'] ?? []) as Array<Record<string, unknown>>;
    if (!Array.isArray(changes)) throw new HttpAnswer(422, { detail: [{ loc: ['body', 'changes'], msg: 'value is not a valid list', type: 'type_error.list' }] });
    changes.forEach((change, index) => {
      if (!['create', 'update', 'delete'].includes(String(change['change_type']))) throw new HttpAnswer(422, { detail: [{ loc: ['body', 'changes', index, 'change_type'], msg: 'invalid', type: 'value_error' }] });
      const entity = change['entity'] as Record<string, unknown> | null | undefined;
      if (entity) {
        for (const field of ENTITY_FIELDS) if (entity[field] === undefined) throw new HttpAnswer(422, { detail: [{ loc: ['body', 'changes', index, 'entity', field], msg: 'field required', type: 'value_error.missing' }] });
      }
    });
    return changes;
  };

  const store = (entity: Entity, receivedAtMs: number, becomesCurrent: boolean): StoredRow => {
    const row: StoredRow = { entity: { ...entity, checksum: null }, receivedAtMs, seq: ++seq };
    const list = rows.get(entity.id) ?? [];
    list.push(row);
    rows.set(entity.id, list);
    if (becomesCurrent) current.set(entity.id, row);
    return row;
  };

  const applyPush = (changes: Array<Record<string, unknown>>) => {
    const receivedAtMs = now();
    const applied: string[] = [];
    const conflicts: Array<Record<string, string>> = [];
    for (const change of changes) {
      const pushed = change['entity'] as Entity | null;
      if (!pushed) continue;
      const known = rows.get(pushed.id)?.find((r) => r.entity.version === pushed.version);
      const stored = current.get(pushed.id);
      if (change['change_type'] === 'delete') {
        if (stored) store({ ...pushed, content: { ...pushed.content, deleted: true } }, receivedAtMs, true); // a tombstone always wins
        applied.push(pushed.id);
        continue;
      }
      if (known || !stored) {
        if (!stored) store(pushed, receivedAtMs, true);
      } else if (stored.entity.version === pushed.version) {
        // idempotent
      } else if (pushed.parent_versions.includes(stored.entity.version) && stored.entity.content['deleted'] !== true) {
        store(pushed, receivedAtMs, true);
      } else {
        const decision = stored.entity.content['deleted'] === true ? { winner: 'stored' as const, strategy: 'tombstone always wins' } : resolveConflict({ version: stored.entity.version, receivedAtMs: stored.receivedAtMs }, pushed.version);
        const row = store(pushed, receivedAtMs, decision.winner === 'pushed');
        conflicts.push({ entity_id: pushed.id, local_version: stored.entity.version, remote_version: pushed.version, resolution_strategy: decision.strategy, resolved_version: decision.winner === 'pushed' ? row.entity.version : stored.entity.version });
      }
      applied.push(pushed.id);
    }
    const appliedRelationships: string[] = [];
    for (const change of changes) {
      for (const edge of (change['relationships'] ?? []) as Relationship[]) {
        const pinned = (id: string, version: string) => rows.get(id)?.some((r) => r.entity.version === version) === true;
        if (!pinned(edge.from_entity_id, edge.from_entity_version) || !pinned(edge.to_entity_id, edge.to_entity_version)) continue; // skipped, not acked
        edges.set(edge.id, { ...edge, properties: edge.properties ?? {} });
        appliedRelationships.push(edge.id);
      }
    }
    return { applied, conflicts, appliedRelationships };
  };

  const handleSync = (req: IncomingMessage, raw: unknown) => {
    authenticate(req);
    if (!raw || typeof raw !== 'object') throw new HttpAnswer(422, { detail: [{ loc: ['body'], msg: 'field required', type: 'value_error.missing' }] });
    const body = raw as Record<string, unknown>;
    const changes = validateShape(body);
    if (body['protocol_version'] !== 'inbetweenies-v2') throw new HttpAnswer(400, { detail: 'Unsupported protocol version' });
    const cursorText = body['cursor'];
    if (cursorText != null && !/^\d+$/.test(String(cursorText))) throw new HttpAnswer(400, { detail: 'Invalid cursor' });
    for (const change of changes) {
      for (const edge of (change['relationships'] ?? []) as Array<Record<string, unknown>>) {
        if (!RELATIONSHIP_TYPE_SET.has(String(edge['relationship_type']))) throw new HttpAnswer(400, { detail: `Invalid relationship type: ${String(edge['relationship_type'])}` });
      }
      const entity = change['entity'] as Record<string, unknown> | null;
      if (entity && !isValidVersion(String(entity['version']))) throw new HttpAnswer(400, { detail: 'Invalid version' });
    }
    checkEnums(changes);
    const outcome = applyPush(changes);
    const delta = body['sync_type'] === 'delta';
    const filters = (body['filters'] ?? {}) as { since?: string };
    const afterSeq = delta && cursorText != null ? Number(cursorText) : undefined;
    const sinceMs = delta && afterSeq === undefined && filters.since ? Date.parse(/([zZ]|[+-]\d\d:?\d\d)$/.test(filters.since) ? filters.since : `${filters.since}Z`) : undefined;
    const latest = [...current.values()]
      .filter((r) => (afterSeq !== undefined ? r.seq > afterSeq : sinceMs !== undefined ? r.receivedAtMs > sinceMs : true))
      .sort((a, b) => a.seq - b.seq);
    const page = latest.slice(0, pageSize);
    const more = latest.length > pageSize;
    return {
      protocol_version: 'inbetweenies-v2',
      sync_type: body['sync_type'],
      changes: page.map((r) => ({ change_type: r.entity.content['deleted'] === true ? 'delete' : 'update', entity: r.entity, relationships: [] })),
      conflicts: outcome.conflicts,
      vector_clock: body['vector_clock'] ?? { clocks: {} },
      cursor: more ? String(page[page.length - 1]!.seq) : null,
      state_digest: computeStateDigest([...current.values()].map((r) => ({ id: r.entity.id, version: r.entity.version }))),
      sync_stats: { entities_synced: page.length, conflicts_resolved: outcome.conflicts.length, duration_ms: 1 },
      server_time: formatTimestampMicros(now() * 1000),
      applied: outcome.applied,
      applied_relationships: outcome.appliedRelationships,
    };
  };

  const route = (req: IncomingMessage, url: URL, body: unknown): unknown => {
    const key = `${req.method} ${url.pathname}`;
    switch (key) {
      case 'GET /health':
        return { status: 'healthy' };
      case 'POST /api/v1/auth/admin/login': {
        throttle();
        if ((body as { password?: unknown } | undefined)?.password !== FIXTURE_ADMIN_PASSWORD) throw new HttpAnswer(401, { detail: 'Invalid password' });
        return issue('admin', 'admin');
      }
      case 'POST /api/v1/auth/guest/verify': {
        throttle();
        const token = String((body as { token?: unknown } | undefined)?.token ?? '');
        if (!guestTokens.has(token)) throw new HttpAnswer(401, { detail: 'Invalid or expired guest token' });
        return issue('guest', `guest-${token.slice(0, 8)}`);
      }
      case 'GET /api/v1/auth/me': {
        const s = authenticate(req);
        return { user_id: s.userId, role: s.role, permissions: s.role === 'admin' ? ['read', 'write', 'delete', 'configure'] : ['read'], expires_at: new Date(s.expiresAtMs).toISOString() };
      }
      case 'POST /api/v1/auth/refresh': {
        const s = authenticate(req);
        if (s.role !== 'admin') throw new HttpAnswer(403, { detail: 'Admin only' });
        return issue('admin', s.userId);
      }
      case 'POST /api/v1/sync':
        throw new HttpAnswer(307, '', { location: '/api/v1/sync/' });
      case 'POST /api/v1/sync/':
        return handleSync(req, body);
      case 'GET /api/v1/sync/status':
        authenticate(req);
        return { device_id: url.searchParams.get('device_id') ?? '', server_time: formatTimestampMicros(now() * 1000), protocol_version: 'inbetweenies-v2' };
      case 'GET /api/v1/graph/relationships':
        authenticate(req);
        return [...edges.values()];
      default:
        throw new HttpAnswer(404, { detail: 'Not Found' });
    }
  };

  const server: Server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
        const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
        res.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json', ...headers });
        res.end(text);
      };
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpAnswer(422, { detail: [{ loc: ['body'], msg: 'JSON decode error', type: 'value_error.jsondecode' }] });
        }
        send(200, route(req, new URL(req.url ?? '/', 'http://fixture'), body));
      } catch (error) {
        if (error instanceof HttpAnswer) send(error.status, error.body, error.headers);
        else send(500, 'Internal Server Error');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    createGuestToken() {
      const token = randomUUID();
      guestTokens.add(token);
      return token;
    },
    get poisonedPushes() {
      return poisonedPushes;
    },
    get entityCount() {
      return current.size;
    },
    versionsOf: (id) => (rows.get(id) ?? []).map((r) => r.entity.version),
    currentVersion: (id) => current.get(id)?.entity.version,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
