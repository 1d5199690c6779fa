// The conversation extension (docs/protocol-conversations.md) over HTTP on SQLite and PostgreSQL: interleaving
// without loss or duplication, deterministic title edits, tombstones, idempotent re-sends, user scoping, REST reads,
// and the WebSocket "pull now".
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ChatSyncResponse, MessageRecord } from '../../src-shared/protocol/conversationSync';
import { versionAt, startTestServer, storageBackends, type TestServer } from './support/testServer';

async function inviteUser(server: TestServer, userId: string): Promise<string> {
  const admin = await server.adminToken();
  const invite = await server.call<{ token: string }>('POST', '/api/v1/auth/invites', { token: admin, body: { user_id: userId } });
  return (await server.call<{ access_token: string }>('POST', '/api/v1/auth/invites/redeem', { body: { token: invite.body.token, password: `${userId}-password` } })).body.access_token;
}

function conversation(id: string, version: string, extra: Record<string, unknown> = {}) {
  return { id, title: 'Kitchen questions', version, created_at: '2026-12-01T10:00:00.000Z', updated_at: '2026-12-01T10:00:00.000Z', ...extra };
}

function message(conversationId: string, text: string, extra: Partial<MessageRecord> = {}) {
  return { id: randomUUID(), conversation_id: conversationId, role: 'user' as const, text, created_at: new Date().toISOString(), ...extra };
}

/** A client that pulls until has_more is false, the way the desktop does. */
async function pullAll(server: TestServer, token: string, cursor: string | null = null): Promise<{ res: ChatSyncResponse[]; cursor: string }> {
  const pages: ChatSyncResponse[] = [];
  for (;;) {
    const page = await server.call<ChatSyncResponse>('POST', '/api/v1/chat/sync', { token, body: { device_id: 'd', cursor, limit: 50 } });
    pages.push(page.body);
    cursor = page.body.cursor;
    if (!page.body.has_more) return { res: pages, cursor };
  }
}

describe.each(storageBackends())('conversation sync ($name)', (backend) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(backend, { chatRateLimits: { perMinute: { guest: 1000, user: 1000, admin: 1000 } } });
  });
  afterEach(async () => server.stop());
  const push = (token: string, body: Record<string, unknown>) => server.call<ChatSyncResponse>('POST', '/api/v1/chat/sync', { token, body: { device_id: 'd', ...body } });

  it('interleaves two devices\' messages without loss or duplication, and re-sends are idempotent', async () => {
    const token = await server.adminToken();
    const t = Date.now();
    expect((await push(token, { conversations: [conversation('c1', versionAt(t))] })).body.applied.conversations).toEqual(['c1']);
    const laptop = Array.from({ length: 60 }, (_, i) => message('c1', `laptop ${i}`));
    const phone = Array.from({ length: 60 }, (_, i) => message('c1', `phone ${i}`, { role: 'assistant', envelope: { provider: 'local', citations: [{ entity_id: 'e', version: 'v' }], tool_calls: [] } }));
    const sends = [];
    for (let i = 0; i < 60; i += 10) {
      sends.push(push(token, { messages: laptop.slice(i, i + 10) }), push(token, { messages: phone.slice(i, i + 10) }));
    }
    const results = await Promise.all(sends);
    expect(results.flatMap((r) => r.body.applied.messages).sort()).toEqual([...laptop, ...phone].map((m) => m.id).sort());
    // A device that lost the acks re-sends everything: acked again, nothing duplicated.
    const resend = await push(token, { messages: laptop.slice(0, 10).map((m) => ({ ...m, text: 'edited?' })) });
    expect(resend.body.applied.messages).toHaveLength(10);
    const { res } = await pullAll(server, token);
    const pulled = res.flatMap((p) => p.changes.messages);
    expect(pulled).toHaveLength(120);
    expect(new Set(pulled.map((m) => m.id)).size).toBe(120);
    expect(pulled.find((m) => m.id === laptop[0]!.id)?.text).toBe('laptop 0'); // immutable
    expect(pulled.find((m) => m.id === phone[3]!.id)?.envelope).toMatchObject({ citations: [{ entity_id: 'e' }] });
    expect(res.length).toBeGreaterThan(2); // paged by 50
  });

  it('resolves concurrent title edits by version, the same on every device', async () => {
    const token = await server.adminToken();
    const t = Date.now();
    await push(token, { conversations: [conversation('c', versionAt(t))] });
    const fromLaptop = conversation('c', versionAt(t + 10, 'laptop'), { title: 'Laptop title' });
    const fromPhone = conversation('c', versionAt(t + 10, 'phone'), { title: 'Phone title', pinned: true });
    await push(token, { conversations: [fromPhone] });
    const late = await push(token, { conversations: [fromLaptop] }); // arrives last but has the smaller version
    expect(late.body.applied.conversations).toEqual(['c']);
    const { res } = await pullAll(server, token);
    const final = res.flatMap((p) => p.changes.conversations).at(-1);
    expect(final).toMatchObject({ title: 'Phone title', pinned: true, version: fromPhone.version });
  });

  it('propagates message and conversation tombstones and serves REST list, get, search and delete', async () => {
    const token = await server.adminToken();
    const t = Date.now();
    const first = message('c', 'the dishwasher beeps three times');
    const second = message('c', 'reset the thermostat');
    await push(token, { conversations: [conversation('c', versionAt(t))], messages: [first, second] });
    const { cursor } = await pullAll(server, token);
    await push(token, { messages: [{ ...first, deleted: true }] });
    const after = await pullAll(server, token, cursor);
    expect(after.res.flatMap((p) => p.changes.messages)).toEqual([expect.objectContaining({ id: first.id, deleted: true, text: '', envelope: null })]);
    const search = await server.call<{ results: Array<{ message: { id: string } }> }>('GET', '/api/v1/chat/search?q=THERMOSTAT', { token });
    expect(search.body.results.map((r) => r.message.id)).toEqual([second.id]);
    expect((await server.call<{ results: unknown[] }>('GET', '/api/v1/chat/search?q=dishwasher', { token })).body.results).toEqual([]);
    const got = await server.call<{ conversation: { id: string }; messages: Array<{ id: string }> }>('GET', '/api/v1/chat/conversations/c', { token });
    expect(got.body.messages.map((m) => m.id).sort()).toEqual([first.id, second.id].sort());
    expect((await server.call('DELETE', '/api/v1/chat/conversations/c', { token })).status).toBe(200);
    expect((await server.call<{ conversations: unknown[] }>('GET', '/api/v1/chat/conversations', { token })).body.conversations).toEqual([]);
    const deleted = await pullAll(server, token, after.cursor);
    expect(deleted.res.flatMap((p) => p.changes.conversations)).toEqual([expect.objectContaining({ id: 'c', deleted: true })]);
  });

  it('scopes by user: nobody pulls or writes another user\'s conversations unless shared; records are per user', async () => {
    const admin = await server.adminToken();
    const ann = await inviteUser(server, 'ann');
    const ben = await inviteUser(server, 'ben');
    const t = Date.now();
    await push(ann, { conversations: [conversation('ann-private', versionAt(t, 'ann'))], messages: [message('ann-private', 'my diary')], settings: [{ key: 'theme', value: 'dark', version: versionAt(t, 'ann') }], audit: [{ id: 'a1', body: { kind: 'decision' } }] });
    const benPull = await pullAll(server, ben);
    expect(benPull.res.flatMap((p) => [...p.changes.conversations, ...p.changes.messages, ...p.changes.settings, ...p.changes.audit])).toEqual([]);
    expect((await server.call('GET', '/api/v1/chat/conversations/ann-private', { token: ben })).status).toBe(404);
    expect((await server.call<{ results: unknown[] }>('GET', '/api/v1/chat/search?q=diary', { token: ben })).body.results).toEqual([]);
    expect((await server.call<{ conversations: unknown[] }>('GET', '/api/v1/chat/conversations', { token: admin })).body.conversations).toEqual([]);
    // Writing into someone else's conversation or retitling it is refused and not acked.
    const intrusion = await push(ben, { conversations: [conversation('ann-private', versionAt(t + 5, 'ben'), { title: 'mine now' })], messages: [message('ann-private', 'hi')] });
    expect(intrusion.body.applied).toMatchObject({ conversations: [], messages: [] });
    expect(intrusion.body.rejected.map((r) => r.reason)).toEqual(['forbidden', 'forbidden']);
    // Shared with ben: he gets the conversation and its earlier messages, and may append.
    await push(ann, { conversations: [conversation('ann-private', versionAt(t + 10, 'ann'), { shared_with: ['ben'] })] });
    const shared = await pullAll(server, ben, benPull.cursor);
    expect(shared.res.flatMap((p) => p.changes.messages).map((m) => m.text)).toEqual(['my diary']);
    expect((await push(ben, { messages: [message('ann-private', 'thanks')] })).body.applied.messages).toHaveLength(1);
    expect(shared.res.flatMap((p) => p.changes.settings)).toEqual([]);
    // A message for a conversation the server has not seen yet is not acked: the client retries after pushing it.
    const early = await push(ben, { messages: [message('not-yet', 'x')] });
    expect(early.body.rejected).toEqual([expect.objectContaining({ reason: 'unknown_conversation' })]);
  });

  it('tells WebSocket clients to pull within a second of a push, only those who can see it', async () => {
    const ann = await inviteUser(server, 'ann2');
    const ben = await inviteUser(server, 'ben2');
    const wsUrl = (token: string) => `${server.url.replace('http', 'ws')}/api/v1/chat/ws?token=${token}`;
    const open = async (token: string) => {
      const socket = new WebSocket(wsUrl(token));
      const messages: Array<{ type: string; scope?: string; receivedAt: number }> = [];
      socket.on('message', (data) => messages.push({ ...(JSON.parse(String(data)) as { type: string }), receivedAt: Date.now() }));
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      await expect.poll(() => messages.some((m) => m.type === 'hello')).toBe(true);
      return { socket, messages };
    };
    const annWs = await open(ann);
    const benWs = await open(ben);
    const bad = new WebSocket(wsUrl('garbage'));
    const badStatus = await new Promise<number>((resolve) => bad.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).once('error', () => resolve(-1)));
    expect(badStatus).toBe(401);
    const pushedAt = Date.now();
    await push(ann, { conversations: [conversation('c', versionAt(pushedAt, 'ann2'))] });
    await expect.poll(() => annWs.messages.find((m) => m.type === 'pull_now'), { timeout: 1000, interval: 20 }).toBeTruthy();
    expect(annWs.messages.find((m) => m.type === 'pull_now')!.receivedAt - pushedAt).toBeLessThan(1000);
    expect(benWs.messages.some((m) => m.type === 'pull_now')).toBe(false);
    annWs.socket.close();
    benWs.socket.close();
  });
});
