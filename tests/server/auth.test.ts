// Auth and roles over HTTP: admin login, wrong password, throttle + lockout with Retry-After, expired tokens, the
// guest QR flow (read-only, no private notes, revocable), invites for the `user` role, and chat rate limits by role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncResponse } from '../../src-shared/protocol/inbetweeniesSync';
import { ADMIN_PASSWORD, edge, entity, startTestServer, syncBody, versionAt, type TestServer } from './support/testServer';

const sqlite = { name: 'sqlite' as const, databaseUrl: async () => undefined };

describe('home server auth and roles', () => {
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('logs the admin in with upstream claims, refuses a wrong password, and answers /auth/me and refresh', async () => {
    server = await startTestServer(sqlite);
    const wrong = await server.call('POST', '/api/v1/auth/admin/login', { body: { password: 'nope' } });
    expect(wrong.status).toBe(401);
    const ok = await server.call<{ access_token: string; token_type: string; expires_in: number; role: string }>('POST', '/api/v1/auth/admin/login', { body: { password: ADMIN_PASSWORD } });
    expect(ok.body).toMatchObject({ token_type: 'bearer', expires_in: 604800, role: 'admin' });
    const claims = decodeJwt(ok.body.access_token);
    expect(claims).toMatchObject({ sub: 'admin', role: 'admin', permissions: ['read', 'write', 'delete', 'configure'] });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(604800);
    const me = await server.call('GET', '/api/v1/auth/me', { token: ok.body.access_token });
    expect(me.body).toMatchObject({ user_id: 'admin', role: 'admin', permissions: ['read', 'write', 'delete', 'configure'] });
    const refreshed = await server.call<{ access_token: string }>('POST', '/api/v1/auth/refresh', { token: ok.body.access_token });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.access_token).role).toBe('admin');
    const log = readFileSync(join(server.dataDir, 'security-audit.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: string; outcome: string });
    expect(log.filter((e) => e.event === 'admin_login').map((e) => e.outcome)).toEqual(['failure', 'success']);
  });

  it('allows 5 login attempts per 5 minutes, then answers 429 with Retry-After and locks out for 15 minutes', async () => {
    let now = Date.now();
    server = await startTestServer(sqlite, { now: () => now });
    for (let i = 0; i < 5; i++) expect((await server.call('POST', '/api/v1/auth/admin/login', { body: { password: `guess-${i}` } })).status).toBe(401);
    const locked = await server.call('POST', '/api/v1/auth/admin/login', { body: { password: ADMIN_PASSWORD } });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(900);
    now += 14 * 60_000;
    const still = await server.call('POST', '/api/v1/auth/admin/login', { body: { password: ADMIN_PASSWORD } });
    expect(still.status).toBe(429);
    expect(Number(still.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    now += 61_000;
    expect((await server.call('POST', '/api/v1/auth/admin/login', { body: { password: ADMIN_PASSWORD } })).status).toBe(200);
    // Guest verify has its own counter with the same rule.
    for (let i = 0; i < 5; i++) expect((await server.call('POST', '/api/v1/auth/guest/verify', { body: { token: `bad-${i}` } })).status).toBe(401);
    expect((await server.call('POST', '/api/v1/auth/guest/verify', { body: { token: 'bad' } })).status).toBe(429);
    const log = readFileSync(join(server.dataDir, 'security-audit.log'), 'utf8');
    expect(log).toContain('"event":"lockout_started"');
  });

  it('rejects an expired token with 401', async () => {
    let now = Date.now();
    server = await startTestServer(sqlite, { now: () => now });
    const token = await server.adminToken();
    expect((await server.call('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    now += 604_801_000;
    const expired = await server.call<{ detail: string }>('GET', '/api/v1/auth/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toBe('Token has expired');
  });

  it('runs the guest QR flow: read-only, never sees private notes, revocable', async () => {
    server = await startTestServer(sqlite);
    const admin = await server.adminToken();
    const t = Date.now();
    const room = entity('room', versionAt(t), { entity_type: 'room', name: 'Study' });
    const secret = entity('secret', versionAt(t), { entity_type: 'note', name: 'Safe code', content: { text: 'safe code 1234', private: true } });
    const open = entity('open', versionAt(t), { entity_type: 'note', name: 'Wifi', content: { text: 'guest wifi' } });
    await server.call('POST', '/api/v1/sync/', { token: admin, body: syncBody([{ change_type: 'create', entity: room, relationships: [] }, { change_type: 'create', entity: secret, relationships: [edge('s-r', secret, room)] }, { change_type: 'create', entity: open, relationships: [] }]) });

    const qr = await server.call<{ qr_data: { server: string; port: number; token: string; expires: string; permissions: string[] }; qr_code: string; token_id: string }>('POST', '/api/v1/auth/guest/generate-qr', { token: admin, body: { duration_hours: 2 } });
    expect(qr.body.qr_data).toMatchObject({ server: '127.0.0.1', port: server.port, permissions: ['read'] });
    const png = Buffer.from(qr.body.qr_code.replace(/^data:image\/png;base64,/, ''), 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const guest = await server.call<{ access_token: string; role: string }>('POST', '/api/v1/auth/guest/verify', { body: { token: qr.body.qr_data.token } });
    expect(guest.body.role).toBe('guest');
    const token = guest.body.access_token;
    expect((await server.call('GET', '/api/v1/auth/me', { token })).body).toMatchObject({ role: 'guest', permissions: ['read'] });
    expect((await server.call('POST', '/api/v1/auth/guest/generate-qr', { token, body: {} })).status).toBe(403);
    expect((await server.call('POST', '/api/v1/auth/refresh', { token })).status).toBe(403);

    // Read-only: any push is refused, and nothing is stored.
    const push = await server.call('POST', '/api/v1/sync/', { token, body: syncBody([{ change_type: 'create', entity: entity('g', versionAt(t)), relationships: [] }]) });
    expect(push.status).toBe(403);
    expect((await server.call('POST', '/api/v1/chat/sync', { token, body: { device_id: 'g', conversations: [{ id: 'c', title: 'x', version: versionAt(t), created_at: 'now', updated_at: 'now' }] } })).status).toBe(403);
    expect((await server.call('GET', '/api/v1/graph/entities/g', { token: admin })).status).toBe(404);

    // No private notes anywhere: sync, REST list/get, search, relationships, statistics.
    const pulled = await server.call<SyncResponse>('POST', '/api/v1/sync/', { token, body: syncBody([], { include_relationships: true }) });
    const ids = pulled.body.changes.map((c) => c.entity?.id).filter(Boolean);
    expect(ids.sort()).toEqual(['open', 'room']);
    expect(pulled.body.changes.flatMap((c) => c.relationships)).toEqual([]);
    const list = await server.call<{ entities: Array<{ id: string }> }>('GET', '/api/v1/graph/entities?entity_type=note', { token });
    expect(list.body.entities.map((e) => e.id)).toEqual(['open']);
    expect((await server.call('GET', '/api/v1/graph/entities/secret', { token })).status).toBe(404);
    const search = await server.call<{ results: unknown[] }>('POST', '/api/v1/graph/search', { token, body: { query: 'code' } });
    expect(search.body.results).toEqual([]);
    expect((await server.call<{ relationships: unknown[] }>('GET', '/api/v1/graph/relationships', { token })).body.relationships).toEqual([]);
    expect(JSON.stringify(pulled.body)).not.toContain('1234');
    // The admin still sees it.
    expect((await server.call('GET', '/api/v1/graph/entities/secret', { token: admin })).status).toBe(200);

    const tokens = await server.call<{ tokens: Array<{ id: string; redeemed_count: number; revoked: boolean }> }>('GET', '/api/v1/auth/guest/tokens', { token: admin });
    expect(tokens.body.tokens).toEqual([expect.objectContaining({ id: qr.body.token_id, redeemed_count: 1, revoked: false })]);
    expect((await server.call('DELETE', `/api/v1/auth/guest/tokens/${qr.body.token_id}`, { token: admin })).status).toBe(200);
    expect((await server.call('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    expect((await server.call('POST', '/api/v1/auth/guest/verify', { body: { token: qr.body.qr_data.token } })).status).toBe(401);
  });

  it('invites a `user`: redeem once, log in, push; user ids are scoped and invites are admin-only', async () => {
    server = await startTestServer(sqlite);
    const admin = await server.adminToken();
    const invite = await server.call<{ token: string }>('POST', '/api/v1/auth/invites', { token: admin, body: { user_id: 'sam' } });
    expect(invite.status).toBe(200);
    const redeemed = await server.call<{ access_token: string; role: string }>('POST', '/api/v1/auth/invites/redeem', { body: { token: invite.body.token, password: 'sam-password' } });
    expect(redeemed.body.role).toBe('user');
    expect((await server.call('POST', '/api/v1/auth/invites/redeem', { body: { token: invite.body.token, password: 'other-password' } })).status).toBe(401);
    const login = await server.call<{ access_token: string }>('POST', '/api/v1/auth/login', { body: { user_id: 'sam', password: 'sam-password' } });
    const token = login.body.access_token;
    expect((await server.call('GET', '/api/v1/auth/me', { token })).body).toMatchObject({ user_id: 'sam', role: 'user', permissions: ['read', 'write'] });
    const push = await server.call<SyncResponse>('POST', '/api/v1/sync/', { token, body: syncBody([{ change_type: 'create', entity: entity('s', versionAt(Date.now(), 'sam'), { user_id: 'sam' }), relationships: [] }]) });
    expect(push.body.applied).toEqual(['s']);
    expect((await server.call('POST', '/api/v1/auth/invites', { token, body: { user_id: 'eve' } })).status).toBe(403);
    expect((await server.call('POST', '/api/v1/auth/invites', { token: admin, body: { user_id: 'admin' } })).status).toBe(422);
  });

  it('limits chat requests per minute by role (guest 5, user 15, admin configurable)', async () => {
    server = await startTestServer(sqlite, { chatRateLimits: { perMinute: { guest: 5, user: 15, admin: 8 } } });
    const admin = await server.adminToken();
    const qr = await server.call<{ qr_data: { token: string } }>('POST', '/api/v1/auth/guest/generate-qr', { token: admin, body: { duration_hours: 1 } });
    const guest = (await server.call<{ access_token: string }>('POST', '/api/v1/auth/guest/verify', { body: { token: qr.body.qr_data.token } })).body.access_token;
    const invite = await server.call<{ token: string }>('POST', '/api/v1/auth/invites', { token: admin, body: { user_id: 'uma' } });
    const user = (await server.call<{ access_token: string }>('POST', '/api/v1/auth/invites/redeem', { body: { token: invite.body.token, password: 'uma-password' } })).body.access_token;
    const statuses = async (token: string, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await server.call('GET', '/api/v1/chat/conversations', { token })).status);
      return out;
    };
    const g = await statuses(guest, 6);
    expect(g.slice(0, 5).every((s) => s === 200)).toBe(true);
    expect(g[5]).toBe(429);
    const u = await statuses(user, 16);
    expect(u.filter((s) => s === 200)).toHaveLength(15);
    expect(u[15]).toBe(429);
    const a = await statuses(admin, 9);
    expect(a.filter((s) => s === 200)).toHaveLength(8);
    const limited = await server.call<{ error: { type: string; retryable: boolean } }>('GET', '/api/v1/chat/conversations', { token: admin });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ type: 'unavailable', retryable: true });
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });
});
