// Issue #11 Build 4, "every message exactly once": conversation sync between two real client data dirs (SQLite on
// disk) through our real home server on 127.0.0.1. Each client reaches the server through a proxy that can cut the
// network, so "the server is down" is a refused connection, not a mock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import type { MainServices } from '../../../src-main/services';
import { openDataDir } from './support/openDataDir';
import type { PulledMessage } from '../../../src-shared/protocol/conversationSync';
import type { Entity } from '../../../src-shared/protocol/entities';
import { VersionClock } from '../../../src-shared/protocol/version';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../../server/support/testServer';
import { startSwitchableProxy, type SwitchableProxy } from './support/switchableProxy';

interface Client {
  proxy: SwitchableProxy;
  open<T>(use: (services: MainServices) => Promise<T>): Promise<T>;
}

describe('conversation sync against our server', () => {
  let server: TestServer;
  const dirs: string[] = [];
  const proxies: SwitchableProxy[] = [];

  beforeEach(async () => {
    server = await startTestServer({ name: 'sqlite', databaseUrl: async () => undefined });
  });
  afterEach(async () => {
    for (const p of proxies.splice(0)) await p.stop();
    await server.stop();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function loggedInClient(user: string, login: string[] = ['--password-stdin']): Promise<Client> {
    const dir = mkdtempSync(join(tmpdir(), `goodies-chat-sync-${user}-`));
    dirs.push(dir);
    const proxy = await startSwitchableProxy(server.url);
    proxies.push(proxy);
    const err: string[] = [];
    const code = await runCli(['--data-dir', dir, 'login', '--server', proxy.url, ...login], { stdout: () => undefined, stderr: (t) => void err.push(t), readStdin: async () => `${ADMIN_PASSWORD}\n` });
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    return {
      proxy,
      open: (use) => openDataDir(dir, user, use),
    };
  }

  const sync = (c: Client) => c.open((s) => s.sync.service.syncNow());
  const visibleIds = (c: Client, conversationId: string) => c.open(async (s) => s.conversations.messages(conversationId).map((m) => m.id));
  async function serverMessages(conversationId: string): Promise<PulledMessage[]> {
    const res = await server.call<{ messages: PulledMessage[] }>('GET', `/api/v1/chat/conversations/${conversationId}`, { token: await server.adminToken() });
    expect(res.status).toBe(200);
    return res.body.messages;
  }

  it('two clients converge: every message exactly once on both sides and on the server, a /clear propagates', async () => {
    const a = await loggedInClient('alice');
    const b = await loggedInClient('bob');

    // A writes a conversation with a question and an answer (with its envelope) and syncs.
    const { conversationId, first } = await a.open(async (s) => {
      const c = s.conversations.create('Heating questions');
      const q = s.conversations.append({ conversationId: c.id, role: 'user', text: 'Is the boiler on?' });
      const r = s.conversations.append({ conversationId: c.id, role: 'assistant', text: 'Yes, since 6:00.', envelope: { citations: [], provider: 'local' } as never });
      const report = await s.sync.service.syncNow();
      expect(report.conversations).toMatchObject({ pushed: { conversations: 1, messages: 2 }, rejected: 0 });
      return { conversationId: c.id, first: [q.id, r.id] };
    });

    // B syncs and sees it, the UI hearing of each pulled message as it would of a new one.
    await b.open(async (s) => {
      const heard: string[] = [];
      s.events.onDidPublish((e) => { if (e.name === 'chat.didAppendMessage') heard.push((e.payload as { id: string }).id); });
      const report = await s.sync.service.syncNow();
      expect(report.conversations?.pulled).toMatchObject({ conversations: 1, messages: 2 });
      expect(heard).toEqual(first);
      expect(s.conversations.list().map((c) => c.title)).toEqual(['Heating questions']);
      const messages = s.conversations.messages(conversationId);
      expect(messages.map((m) => m.text)).toEqual(['Is the boiler on?', 'Yes, since 6:00.']);
      expect(messages[1]?.envelope).toMatchObject({ provider: 'local' });
    });

    // Both add a message; B's server is down: its sync fails and its message stays pending, then it goes through.
    const a2 = await a.open(async (s) => s.conversations.append({ conversationId, role: 'user', text: 'And the hot water?' }).id);
    await a.open(async (s) => s.sync.service.syncNow());
    await b.proxy.goOffline();
    const b1 = await b.open(async (s) => s.conversations.append({ conversationId, role: 'user', text: 'Turn it down please' }).id);
    await expect(sync(b)).rejects.toMatchObject({ type: 'unavailable' });
    expect((await serverMessages(conversationId)).map((m) => m.id)).not.toContain(b1);
    await b.proxy.goOnline();

    // Both sync twice, in turn.
    for (let round = 0; round < 2; round++) {
      await sync(b);
      await sync(a);
    }

    // Both questions answer the same reply, so they are two branches, the same on both devices: same parents, the
    // same sibling order; each device stays on the branch it wrote, the other one a sibling to switch to.
    const all = [...first, a2, b1].sort();
    const trees = [];
    for (const [c, own] of [[a, a2], [b, b1]] as const) {
      const ids = await visibleIds(c, conversationId);
      expect(ids).toEqual([...first, own]);
      trees.push(await c.open(async (s) => ({
        parents: Object.fromEntries(all.map((id) => [id, s.conversations.message(conversationId, id).parent_id])),
        siblings: s.conversations.messages(conversationId).at(-1)?.siblings,
      })));
      // Nothing left to push; a further sync pulls nothing new.
      const again = await sync(c);
      expect(again.conversations).toMatchObject({ pushed: { conversations: 0, messages: 0 }, pulled: { conversations: 0, messages: 0, tombstones: 0 } });
    }
    expect(trees[1]).toEqual(trees[0]);
    expect(trees[0]?.parents).toEqual({ [first[0]!]: null, [first[1]!]: first[0], [a2]: first[1], [b1]: first[1] });
    expect([...(trees[0]?.siblings ?? [])].sort()).toEqual([a2, b1].sort());
    const onServer = await serverMessages(conversationId);
    expect(onServer.map((m) => m.id).sort()).toEqual(all);
    expect(onServer.find((m) => m.id === first[0])?.parent_id).toBeNull();
    expect(onServer.filter((m) => m.deleted)).toEqual([]);

    // A /clear on A tombstones every message everywhere.
    await a.open(async (s) => {
      s.conversations.clearMessages(conversationId);
      const report = await s.sync.service.syncNow();
      expect(report.conversations?.pushed.messages).toBe(4);
    });
    await b.open(async (s) => {
      const report = await s.sync.service.syncNow();
      expect(report.conversations?.pulled.tombstones).toBe(4);
      expect(s.conversations.messages(conversationId)).toEqual([]);
      expect(s.conversations.get(conversationId).message_count).toBe(0);
      // The conversation stays, and B can write into it again.
      s.conversations.append({ conversationId, role: 'user', text: 'Fresh start' });
      await s.sync.service.syncNow();
    });
    const afterClear = await serverMessages(conversationId);
    expect(afterClear.filter((m) => !m.deleted).map((m) => m.text)).toEqual(['Fresh start']);
    expect(afterClear.filter((m) => m.deleted).map((m) => m.id).sort()).toEqual(all);
    await sync(a);
    expect((await a.open(async (s) => s.conversations.messages(conversationId))).map((m) => m.text)).toEqual(['Fresh start']);
  });

  it('approvals and audit entries converge: a decision made on one client shows on the other, each audit entry once', async () => {
    const a = await loggedInClient('alice');
    const b = await loggedInClient('bob');
    const lamp: Entity = { id: 'dev-lamp', version: new VersionClock().next('alice'), entity_type: 'device', name: 'Desk Lamp', content: { state: { power: 'off' } }, source_type: 'manual', user_id: 'alice', parent_versions: [] };
    const propose = (s: MainServices, correlationId: string, power: 'on' | 'off') => s.store.getEntity(lamp.id).then((entity) =>
      s.approvals.create({ conversationId: null, correlationId, proposer: 'sync-test', userId: 'alice', summary: { verb: power === 'on' ? 'Turn on' : 'Turn off', noun: 'Desk Lamp' }, targets: [{ entity: entity!, patch: { state: { power } } }] }));
    const auditIds = (c: Client) => c.open(async (s) => s.audit.list({ limit: 500 }).map((e) => e.id).sort());

    // A approves one change (proposal, decision, execution in the audit log) and leaves a second one pending.
    const [approved, open] = await a.open(async (s) => {
      await s.store.applyChanges({ entities: [lamp], pending: true });
      const first = await propose(s, 'corr-1', 'on');
      await s.approvals.decide(first.id, 'approve', { userId: 'alice' });
      const second = await propose(s, 'corr-2', 'off');
      const report = await s.sync.service.syncNow();
      expect(report.conversations?.pushed).toMatchObject({ approvals: 2 });
      expect(report.conversations?.pushed.audit).toBeGreaterThanOrEqual(3);
      return [first.id, second.id];
    });

    // B sees both cards as A left them, and the same audit entries.
    await b.open(async (s) => {
      const report = await s.sync.service.syncNow();
      expect(report.conversations?.pulled).toMatchObject({ approvals: 2 });
      expect(s.approvals.get(approved).status).toBe('executed');
      expect(s.approvals.get(open).status).toBe('pending');
      // B decides the open one.
      await s.approvals.decide(open, 'deny', { userId: 'bob' });
      await s.sync.service.syncNow();
    });
    await a.open(async (s) => {
      const heard: string[] = [];
      s.events.onDidPublish((e) => { if (e.name === 'approvals.didChange') heard.push((e.payload as { status: string }).status); });
      const report = await s.sync.service.syncNow();
      expect(report.conversations?.pulled.approvals).toBe(1);
      expect(heard).toEqual(['denied']);
      expect(s.approvals.get(open)).toMatchObject({ status: 'denied', decided_by: 'bob' });
    });

    // Every audit entry exactly once on both, and nothing left to push or pull.
    for (let round = 0; round < 2; round++) {
      await sync(a);
      await sync(b);
    }
    const [onA, onB] = [await auditIds(a), await auditIds(b)];
    expect(onA.length).toBeGreaterThanOrEqual(4);
    expect(new Set(onA).size).toBe(onA.length);
    expect(onB).toEqual(onA);
    for (const c of [a, b]) {
      const again = await sync(c);
      expect(again.conversations).toMatchObject({ pushed: { approvals: 0, audit: 0 }, pulled: { approvals: 0, audit: 0 } });
    }
  });

  it('household settings converge: last writer wins by version, and an unchanged value is not pushed again', async () => {
    const a = await loggedInClient('alice');
    const b = await loggedInClient('bob');
    const ctx = { correlationId: 'settings-test', transport: 'test' as const, role: 'admin' as const };
    const reask = (c: Client) => c.open(async (s) => (await s.handlers['outbox.getSettings']({}, ctx)).reaskWhenOnline);
    await a.open(async (s) => {
      await s.handlers['outbox.saveSettings']({ reaskWhenOnline: 'always' }, ctx);
      expect((await s.sync.service.syncNow()).conversations?.pushed.settings).toBe(1);
    });
    await b.open(async (s) => {
      expect((await s.sync.service.syncNow()).conversations?.pulled.settings).toBe(1);
    });
    expect(await reask(b)).toBe('always');
    // B changes it later; A, which has not changed it since, takes B's value. Nothing is left to push after.
    await b.open(async (s) => {
      await s.handlers['outbox.saveSettings']({ reaskWhenOnline: 'never' }, ctx);
      await s.sync.service.syncNow();
    });
    await sync(a);
    expect(await reask(a)).toBe('never');
    for (const c of [a, b]) expect((await sync(c)).conversations).toMatchObject({ pushed: { settings: 0 }, pulled: { settings: 0 } });
  });

  it('a guest pulls conversations but never pushes its own', async () => {
    const admin = await loggedInClient('alice');
    await admin.open(async (s) => {
      const c = s.conversations.create('Household');
      s.conversations.append({ conversationId: c.id, role: 'user', text: 'Hello' });
      await s.sync.service.syncNow();
    });
    const qr = await server.call<{ qr_data: { token: string } }>('POST', '/api/v1/auth/guest/generate-qr', { token: await server.adminToken(), body: { duration_hours: 1 } });
    const guest = await loggedInClient('guest', ['--guest-token', qr.body.qr_data.token]);
    await guest.open(async (s) => {
      s.conversations.create('Guest notes');
      const report = await s.sync.service.syncNow();
      // The guest owns nothing on the server, so its pull is empty; its local conversation stays local and pending.
      expect(report.conversations).toMatchObject({ pushed: { conversations: 0, messages: 0 }, pulled: { conversations: 0, messages: 0 } });
    });
    const listed = await server.call<{ conversations: { title: string }[] }>('GET', '/api/v1/chat/conversations', { token: await server.adminToken() });
    expect(listed.body.conversations.map((c) => c.title)).toEqual(['Household']);
  });
});

