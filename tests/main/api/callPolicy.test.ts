// Issue 8, finding 5: roles existed only inside the core; a guest could read private notes, export the whole home and
// rename or delete another person's conversations. The policy table is enforced in dispatchCall for every transport.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, type CallName } from '../../../src-preload/contract';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { CALL_POLICY, ROLES, type Role } from '../../../src-main/api/callPolicy';
import { runCli } from '../../../src-main/cli/runCli';
import { VersionClock } from '../../../src-shared/protocol/version';
import { createTestServices, type TestServices } from '../../support/createTestServices';

/** What a guest may call, written out here independently of the table it checks. */
const GUEST_MAY: ReadonlySet<CallName> = new Set<CallName>([
  'app.getInfo', 'status.get', 'home.getTree', 'home.getTreeEntries', 'home.getEntity', 'home.search', 'tools.list', 'tools.run',
  'chat.listConversations', 'chat.createConversation', 'chat.renameConversation', 'chat.deleteConversation', 'chat.getMessages',
  'chat.send', 'chat.stop', 'chat.regenerate', 'llm.getSettings', 'session.endGuest',
  'chat.getMessagePage', 'chat.selectBranch', 'chat.searchMessages', 'chat.setConversationFlags', 'chat.getConversationEntities',
  'quickAsk.hide', 'quickAsk.openInApp', 'desktop.getSettings', 'assistant.overview', 'assistant.personas', 'sync.status',
  'voice.getSettings', 'voice.synthesize',
]);
const ADMIN_ONLY: ReadonlySet<CallName> = new Set<CallName>(['home.importJson', 'home.uploadChunk', 'llm.saveSettings', 'llm.downloadModel', 'desktop.saveSettings', 'assistant.savePersonas', 'sync.login', 'sync.logout', 'outbox.saveSettings', 'voice.saveSettings']);
const quiet = { error: () => {} };

describe('every call × every role', () => {
  const services = new Map<Role, TestServices>();
  beforeAll(async () => {
    for (const role of ROLES) services.set(role, await createTestServices({ role, loadDemoHome: false }));
  });
  afterAll(async () => {
    for (const t of services.values()) await t.cleanup();
  });

  for (const role of ROLES) {
    for (const name of CALL_NAMES) {
      const allowed = role === 'admin' || (role === 'user' ? !ADMIN_ONLY.has(name) : GUEST_MAY.has(name));
      it(`${role} ${allowed ? 'may' : 'may not'} call ${name}`, async () => {
        expect(CALL_POLICY[name].includes(role)).toBe(allowed);
        const t = services.get(role);
        if (!t) throw new Error('no services');
        // A strict schema refuses the probe argument, so an allowed call ends in `validation` and changes nothing;
        // a refused one ends in `forbidden` before its arguments are even looked at.
        const result = await dispatchCall(t.services.handlers, name, { probe: true }, 'test', quiet);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.type).toBe(allowed ? 'validation' : 'forbidden');
      });
    }
  }
});

describe('guests at the boundary', () => {
  let admin: TestServices;
  let dataDir: string;
  const call = (t: TestServices, name: string, args: unknown) => dispatchCall(t.services.handlers, name, args, 'test', quiet);
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'goodies-guest-'));
    admin = await createTestServices({}, dataDir);
    const clock = new VersionClock();
    await admin.services.store.applyChanges({
      entities: [{ id: 'wifi-note', version: clock.next('tester'), entity_type: 'note', name: 'Wi-Fi Password', content: { text: 'The password is hunter2-garden', private: true }, source_type: 'manual', user_id: 'tester', parent_versions: [] }],
      pending: false,
    });
  });
  afterEach(async () => {
    await admin.services.dispose();
    await admin.platform.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function asGuest<T>(run: (guest: TestServices) => Promise<T>): Promise<T> {
    expect(await call(admin, 'session.startGuest', { pin: '4321' })).toMatchObject({ ok: true, value: { role: 'guest' } });
    return run(admin);
  }

  it('private notes are invisible to a guest: search, entity, tree, tools; export is refused', async () => {
    const adminHits = await call(admin, 'home.search', { query: 'password' });
    expect(adminHits.ok && (adminHits.value as Array<{ id: string }>).map((h) => h.id)).toContain('wifi-note');
    await asGuest(async (guest) => {
      const hits = await call(guest, 'home.search', { query: 'password' });
      expect(hits.ok && (hits.value as unknown[]).length).toBe(0);
      expect(await call(guest, 'home.getEntity', { id: 'wifi-note' })).toMatchObject({ ok: false, error: { type: 'not_found' } });
      const tree = await call(guest, 'home.getTree', {});
      expect(JSON.stringify(tree)).not.toMatch(/Wi-Fi Password|Spare Key/);
      const tool = await call(guest, 'tools.run', { name: 'search_entities', args: { query: 'hunter2' } });
      expect(tool).toMatchObject({ ok: true, value: { result: { results: [] } } });
      expect(await call(guest, 'home.exportJson', {})).toMatchObject({ ok: false, error: { type: 'forbidden' } });
    });
  });

  it('"What\'s the WiFi password?" as a guest is refused as a private note', async () => {
    await asGuest(async (guest) => {
      const sent = await call(guest, 'chat.send', { text: "What's the WiFi password?" });
      expect(sent.ok).toBe(true);
      const reply = sent.ok ? (sent.value as { reply: { response: string } }).reply.response : '';
      expect(reply).toMatch(/private note/);
      expect(reply).not.toContain('hunter2');
    });
  });

  it('a guest sees and changes only their own conversations, and leaves only with the PIN', async () => {
    const mine = await call(admin, 'chat.createConversation', { title: 'Household plans' });
    const adminConversation = mine.ok ? (mine.value as { id: string }).id : '';
    await asGuest(async (guest) => {
      expect(await call(guest, 'chat.listConversations', {})).toMatchObject({ ok: true, value: [] });
      expect(await call(guest, 'chat.renameConversation', { id: adminConversation, title: 'x' })).toMatchObject({ ok: false, error: { type: 'not_found' } });
      expect(await call(guest, 'chat.deleteConversation', { id: adminConversation })).toMatchObject({ ok: true, value: { deleted: false } });
      expect(await call(guest, 'chat.getMessages', { conversationId: adminConversation })).toMatchObject({ ok: false, error: { type: 'not_found' } });
      await call(guest, 'chat.createConversation', { title: 'Visitor' });
      const list = await call(guest, 'chat.listConversations', {});
      expect(list.ok && (list.value as Array<{ title: string }>).map((c) => c.title)).toEqual(['Visitor']);
      expect(await call(guest, 'session.endGuest', { pin: '0000' })).toMatchObject({ ok: false, error: { type: 'forbidden' } });
      expect(await call(guest, 'approvals.list', {})).toMatchObject({ ok: false, error: { type: 'forbidden' } });
      expect(await call(guest, 'session.endGuest', { pin: '4321' })).toMatchObject({ ok: true, value: { role: 'admin' } });
    });
    const all = await call(admin, 'chat.listConversations', {});
    expect(all.ok && (all.value as unknown[]).length).toBe(2);
  });

  it('`goodies --as guest export` is refused by the same table', async () => {
    const err: string[] = [];
    await admin.services.dispose();
    const code = await runCli(['--data-dir', dataDir, '--as', 'guest', 'export', join(dataDir, 'home.json')], { stdout: () => undefined, stderr: (t) => void err.push(t) });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/Error \(forbidden\): Guests cannot use home.exportJson/);
    admin = await createTestServices({}, dataDir);
  });
});
