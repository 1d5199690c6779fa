// Home-server throughput and load, over real HTTP on 127.0.0.1, against SQLite and PostgreSQL:
// 1. graph: push and pull 20 000 entities + 45 000 relationships (target: full pull of the 20k home ≤ 2 s);
// 2. conversations: push and pull 100 000 messages;
// 3. load: 100 concurrent clients (one user each, WebSocket "pull now") sending 1 000 messages/minute for
//    GOODIES_BENCH_LOAD_SECONDS (default 20; the issue's run is 120) → p50/p95 push latency, errors, lost messages
//    (targets: p95 < 2 s, 0 lost).
// Baseline in the same run: the same full pulls read straight from the storage (no HTTP, no JSON), so the ratio shows
// what the HTTP layer costs. Writes bench/results/server.json.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TokenIssuer } from '../../src-server/auth/TokenIssuer';
import type { ChatSyncResponse } from '../../src-shared/protocol/conversationSync';
import type { SyncResponse } from '../../src-shared/protocol/inbetweeniesSync';
import { formatVersion } from '../../src-shared/protocol/version';
import { TEST_JWT_SECRET, startTestServer, storageBackends, syncBody, type TestServer } from '../../tests/server/support/testServer';
import { generateHome } from './generateHome';

const ENTITIES = 20_000;
const EDGES = 45_000;
const MESSAGES = 100_000;
const LOAD_CLIENTS = 100;
const LOAD_MESSAGES_PER_MINUTE = 1_000;
const LOAD_SECONDS = Number(process.env['GOODIES_BENCH_LOAD_SECONDS'] ?? 20);
const HIGH_LIMITS = { chatRateLimits: { perMinute: { guest: 100_000, user: 100_000, admin: 100_000 } } };

const results: Record<string, unknown> = { measured_at: new Date().toISOString(), load_seconds: LOAD_SECONDS };
const round = (n: number, d = 1): number => Math.round(n * 10 ** d) / 10 ** d;
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function fullPull(server: TestServer, token: string, includeRelationships: boolean): Promise<{ ms: number; rows: number; pages: number }> {
  const started = performance.now();
  let rows = 0;
  let pages = 0;
  let cursor: string | null = null;
  do {
    const res: { body: SyncResponse } = await server.call<SyncResponse>('POST', '/api/v1/sync/', { token, body: syncBody([], { sync_type: cursor ? 'delta' : 'full', cursor, include_relationships: includeRelationships }) });
    rows += res.body.changes.reduce((n, c) => n + (c.entity ? 1 : 0) + c.relationships.length, 0);
    pages++;
    cursor = res.body.cursor;
  } while (cursor);
  return { ms: performance.now() - started, rows, pages };
}

describe.each(storageBackends())('home server bench ($name)', (backend) => {
  const figures: Record<string, unknown> = {};
  results[backend.name] = figures;

  it(`graph: push and pull ${ENTITIES} entities + ${EDGES} relationships`, async () => {
    const server = await startTestServer(backend, HIGH_LIMITS);
    try {
      const token = await server.adminToken();
      const home = generateHome(ENTITIES, EDGES);
      const noPull = { sync_type: 'delta', cursor: '999999999999' };
      let started = performance.now();
      for (let i = 0; i < home.entities.length; i += 2000) {
        const res = await server.call<SyncResponse>('POST', '/api/v1/sync/', { token, body: syncBody(home.entities.slice(i, i + 2000).map((entity) => ({ change_type: 'create', entity, relationships: [] })), noPull) });
        expect(res.body.applied).toHaveLength(Math.min(2000, home.entities.length - i));
      }
      const entityPushMs = performance.now() - started;
      started = performance.now();
      for (let i = 0; i < home.relationships.length; i += 5000) {
        const res = await server.call<SyncResponse>('POST', '/api/v1/sync/', { token, body: syncBody([{ change_type: 'update', entity: null, relationships: home.relationships.slice(i, i + 5000) }], noPull) });
        expect(res.body.applied_relationships).toHaveLength(Math.min(5000, home.relationships.length - i));
      }
      const edgePushMs = performance.now() - started;
      const entitiesOnly = await fullPull(server, token, false);
      const withEdges = await fullPull(server, token, true);
      expect(entitiesOnly.rows).toBe(ENTITIES);
      expect(withEdges.rows).toBe(ENTITIES + EDGES);
      // Baseline: the same pages read straight from storage.
      started = performance.now();
      let cursor: number | undefined;
      let direct = 0;
      for (;;) {
        const page = await server.context.storage.graph.pullPage({ hidePrivate: false, includeRelationships: false, limit: 500, ...(cursor !== undefined ? { afterSeq: cursor } : {}) });
        direct += page.entityCount;
        if (!page.hasMore || page.lastSeq === null) break;
        cursor = page.lastSeq;
      }
      const storageMs = performance.now() - started;
      expect(direct).toBe(ENTITIES);
      Object.assign(figures, {
        graph: {
          push_entities_per_s: round(ENTITIES / (entityPushMs / 1000), 0),
          push_relationships_per_s: round(EDGES / (edgePushMs / 1000), 0),
          full_pull_20k_ms: round(entitiesOnly.ms),
          full_pull_20k_target_ms: 2000,
          full_pull_rows_per_s: round(ENTITIES / (entitiesOnly.ms / 1000), 0),
          full_pull_with_edges_ms: round(withEdges.ms),
          full_pull_with_edges_rows_per_s: round((ENTITIES + EDGES) / (withEdges.ms / 1000), 0),
          pages: entitiesOnly.pages,
          baseline_storage_only_pull_ms: round(storageMs),
          http_over_storage_ratio: round(entitiesOnly.ms / storageMs, 2),
        },
      });
      console.log(`[${backend.name}] graph`, figures['graph']);
    } finally {
      await server.stop();
    }
  });

  it(`conversations: push and pull ${MESSAGES} messages`, async () => {
    const server = await startTestServer(backend, HIGH_LIMITS);
    try {
      const token = await server.adminToken();
      const version = formatVersion(Date.now() * 1000, 1, 'bench');
      const conversations = Array.from({ length: 100 }, (_, i) => ({ id: `conv-${i}`, title: `Conversation ${i}`, version, created_at: new Date().toISOString(), updated_at: new Date().toISOString() }));
      await server.call('POST', '/api/v1/chat/sync', { token, body: { device_id: 'bench', conversations, limit: 1 } });
      let started = performance.now();
      for (let i = 0; i < MESSAGES; i += 5000) {
        const messages = Array.from({ length: 5000 }, (_, j) => ({ id: randomUUID(), conversation_id: `conv-${(i + j) % 100}`, role: j % 2 ? 'assistant' : 'user', text: `message ${i + j}: what is in the kitchen right now?`, created_at: new Date().toISOString() }));
        const res = await server.call<ChatSyncResponse>('POST', '/api/v1/chat/sync', { token, body: { device_id: 'bench', messages, cursor: '999999999999', limit: 1 } });
        expect(res.body.applied.messages).toHaveLength(5000);
      }
      const pushMs = performance.now() - started;
      started = performance.now();
      let cursor: string | null = null;
      let pulled = 0;
      for (;;) {
        const res: { body: ChatSyncResponse } = await server.call<ChatSyncResponse>('POST', '/api/v1/chat/sync', { token, body: { device_id: 'bench', cursor } });
        pulled += res.body.changes.messages.length;
        cursor = res.body.cursor;
        if (!res.body.has_more) break;
      }
      const pullMs = performance.now() - started;
      expect(pulled).toBe(MESSAGES);
      started = performance.now();
      let seq = 0;
      for (;;) {
        const page = await server.context.storage.chat.pullPage('admin', seq, 500);
        seq = page.lastSeq;
        if (!page.has_more) break;
      }
      const storageMs = performance.now() - started;
      Object.assign(figures, {
        messages: {
          push_per_s: round(MESSAGES / (pushMs / 1000), 0),
          pull_per_s: round(MESSAGES / (pullMs / 1000), 0),
          full_pull_ms: round(pullMs),
          baseline_storage_only_pull_ms: round(storageMs),
          http_over_storage_ratio: round(pullMs / storageMs, 2),
        },
      });
      console.log(`[${backend.name}] messages`, figures['messages']);
    } finally {
      await server.stop();
    }
  });

  it(`load: ${LOAD_CLIENTS} clients, ${LOAD_MESSAGES_PER_MINUTE} messages/minute for ${LOAD_SECONDS} s`, async () => {
    const server = await startTestServer(backend, HIGH_LIMITS);
    const sockets: WebSocket[] = [];
    try {
      const issuer = new TokenIssuer(TEST_JWT_SECRET);
      const clients = await Promise.all(Array.from({ length: LOAD_CLIENTS }, async (_, i) => {
        const userId = `load-${i}`;
        await server.context.storage.auth.upsertUser({ id: userId, role: 'user', passwordHash: null, disabled: false });
        const token = (await issuer.issue(userId, 'user', 3600)).access_token;
        return { userId, token, sent: new Set<string>(), acked: new Set<string>(), cursor: null as string | null, pulls: 0 };
      }));
      const latencies: number[] = [];
      let errors = 0;
      const version = formatVersion(Date.now() * 1000, 1, 'load');
      for (const c of clients) {
        await server.call('POST', '/api/v1/chat/sync', { token: c.token, body: { device_id: c.userId, conversations: [{ id: `load-conv-${c.userId}`, title: 'load', version, created_at: 'x', updated_at: 'x' }] } });
        const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/chat/ws?token=${c.token}`);
        sockets.push(socket);
        socket.on('message', (data) => {
          if ((JSON.parse(String(data)) as { type: string }).type !== 'pull_now') return;
          c.pulls++;
          void server.call<ChatSyncResponse>('POST', '/api/v1/chat/sync', { token: c.token, body: { device_id: c.userId, cursor: c.cursor } }).then((r) => (c.cursor = r.body.cursor ?? c.cursor)).catch(() => errors++);
        });
        await new Promise((ok, fail) => socket.once('open', ok).once('error', fail));
      }
      const intervalMs = (60_000 * LOAD_CLIENTS) / LOAD_MESSAGES_PER_MINUTE;
      const endAt = Date.now() + LOAD_SECONDS * 1000;
      const inFlight: Promise<void>[] = [];
      await Promise.all(clients.map(async (c, i) => {
        await new Promise((r) => setTimeout(r, (intervalMs * i) / LOAD_CLIENTS)); // spread the clients over one interval
        while (Date.now() < endAt) {
          const message = { id: randomUUID(), conversation_id: `load-conv-${c.userId}`, role: 'user', text: `hello from ${c.userId}`, created_at: new Date().toISOString() };
          c.sent.add(message.id);
          const started = performance.now();
          const request = server.call<ChatSyncResponse>('POST', '/api/v1/chat/sync', { token: c.token, body: { device_id: c.userId, messages: [message], cursor: c.cursor } })
            .then((r) => {
              latencies.push(performance.now() - started);
              if (r.status !== 200) errors++;
              else for (const id of r.body.applied.messages) c.acked.add(id);
            })
            .catch(() => void errors++);
          inFlight.push(request);
          await new Promise((r) => setTimeout(r, intervalMs));
        }
      }));
      await Promise.all(inFlight);
      // Lost = sent but not on the server (what a fresh device of that user pulls).
      let lost = 0;
      let sent = 0;
      for (const c of clients) {
        const stored = await server.context.storage.chat.getConversation(c.userId, `load-conv-${c.userId}`);
        const ids = new Set(stored?.messages.map((m) => m.id));
        sent += c.sent.size;
        for (const id of c.sent) if (!ids.has(id)) lost++;
      }
      const load = {
        clients: LOAD_CLIENTS,
        seconds: LOAD_SECONDS,
        messages_sent: sent,
        messages_acked: clients.reduce((n, c) => n + c.acked.size, 0),
        pull_now_pulls: clients.reduce((n, c) => n + c.pulls, 0),
        p50_ms: round(percentile(latencies, 50)),
        p95_ms: round(percentile(latencies, 95)),
        max_ms: round(Math.max(...latencies)),
        errors,
        lost,
        targets: { p95_ms: 2000, lost: 0 },
      };
      figures['load'] = load;
      console.log(`[${backend.name}] load`, load);
      expect(lost).toBe(0);
    } finally {
      for (const s of sockets) s.close();
      await server.stop();
    }
  });
});

afterAll(() => {
  const dir = join(__dirname, '../results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'server.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
});
