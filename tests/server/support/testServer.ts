// Starts the real home server on 127.0.0.1:0 over SQLite in a temp dir or over a real PostgreSQL, and speaks to it
// with fetch. Every storage-dependent suite runs once per backend via `storageBackends()`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { hashPassword } from '../../../src-server/auth/passwordHash';
import { startHomeServer, type HomeServer, type HomeServerOptions } from '../../../src-server/startHomeServer';
import type { Entity, Relationship } from '../../../src-shared/protocol/entities';
import { formatVersion } from '../../../src-shared/protocol/version';
import { postgresUnavailableReason, startPostgres, type TestPostgres } from './startPostgres';

export const ADMIN_PASSWORD = 'correct horse battery staple';
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
let cachedHash: Promise<string> | undefined;
const adminHash = (): Promise<string> => (cachedHash ??= hashPassword(ADMIN_PASSWORD, { N: 1024, r: 8, p: 1 }));

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** undefined = SQLite in the data dir; otherwise a fresh PostgreSQL database URL. */
  databaseUrl(): Promise<string | undefined>;
}

/**
 * The backends to run against. PostgreSQL is started once per test file; where it cannot be installed the reason is
 * printed and only SQLite runs.
 */
export function storageBackends(): Backend[] {
  const backends: Backend[] = [{ name: 'sqlite', databaseUrl: async () => undefined }];
  const reason = postgresUnavailableReason();
  if (reason) {
    console.warn(`PostgreSQL tests skipped: ${reason}`);
    return backends;
  }
  let pg: TestPostgres | undefined;
  let starting: Promise<TestPostgres> | undefined;
  beforeAll(async () => {
    pg = await (starting ??= startPostgres());
  }, 60_000);
  afterAll(async () => {
    await pg?.stop();
  });
  // One database per test file, emptied between tests: CREATE DATABASE and the migrations cost more than the tests.
  let shared: string | undefined;
  backends.push({
    name: 'postgres',
    databaseUrl: async () => {
      if (!shared) {
        shared = await (pg ?? (await (starting ??= startPostgres()))).createDatabase();
        return shared;
      }
      await emptyDatabase(shared);
      return shared;
    },
  });
  return backends;
}

const SERVER_TABLES = ['entity_versions', 'relationships', 'users', 'guest_tokens', 'invites', 'chat_conversations', 'chat_conversation_members', 'chat_messages', 'chat_records'];

async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'sync_counters'");
    if (exists.rowCount) await client.query(`TRUNCATE ${SERVER_TABLES.join(', ')}; UPDATE sync_counters SET value = 0`);
  } finally {
    await client.end();
  }
}

export interface TestServer extends HomeServer {
  dataDir: string;
  adminToken(): Promise<string>;
  call<T = Record<string, unknown>>(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: T; headers: Headers }>;
  stop(): Promise<void>;
}

export async function startTestServer(backend: Backend, options: Partial<HomeServerOptions> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'goodies-server-test-'));
  const databaseUrl = await backend.databaseUrl();
  const server = await startHomeServer({
    dataDir,
    port: 0,
    logger: false,
    secrets: { adminPasswordHash: await adminHash(), jwtSecret: TEST_JWT_SECRET },
    ...(databaseUrl ? { databaseUrl } : {}),
    ...options,
  });
  let token: string | undefined;
  const call: TestServer['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.url}${path}`, { method, headers, redirect: 'manual', ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Prometheus text and empty redirects are not JSON.
    }
    return { status: response.status, body: body as never, headers: response.headers };
  };
  return {
    ...server,
    dataDir,
    call,
    async adminToken() {
      if (!token) {
        const res = await call<{ access_token: string }>('POST', '/api/v1/auth/admin/login', { body: { password: ADMIN_PASSWORD }, headers: { 'x-forwarded-for': 'admin-helper' } });
        if (res.status !== 200) throw new Error(`admin login failed: ${res.status}`);
        token = res.body.access_token;
      }
      return token;
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Versions `n` seconds after a fixed base, so tests control which side of the 1 s window they land. */
export function versionAt(ms: number, user = 'alice', counter = 1): string {
  return formatVersion(ms * 1000, counter, user);
}

export function entity(id: string, version: string, overrides: Partial<Entity> = {}): Entity {
  return { id, version, entity_type: 'device', name: `Device ${id}`, content: {}, source_type: 'manual', user_id: 'alice', parent_versions: [], ...overrides };
}

export function edge(id: string, from: Entity, to: Entity, type: Relationship['relationship_type'] = 'located_in'): Relationship {
  return { id, from_entity_id: from.id, from_entity_version: from.version, to_entity_id: to.id, to_entity_version: to.version, relationship_type: type, properties: {} };
}

export function syncBody(changes: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { protocol_version: 'inbetweenies-v2', device_id: 'dev-1', user_id: 'alice', sync_type: 'full', changes, vector_clock: { clocks: {} }, ...extra };
}
