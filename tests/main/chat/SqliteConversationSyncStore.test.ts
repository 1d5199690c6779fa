// The chat store's side of conversation sync on real SQLite: re-applying a pulled page changes nothing, conversation
// metadata is last-writer-wins by version (an unpushed newer local edit survives), a message that arrives before its
// conversation is kept, and an ack clears only what was pushed (a record changed since stays pending).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chatMigrations } from '../../../src-main/chat/chatMigrations';
import { SqliteConversationStore } from '../../../src-main/chat/SqliteConversationStore';
import { SqliteConversationSyncStore } from '../../../src-main/chat/SqliteConversationSyncStore';
import { openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import type { PulledConversation, PulledMessage } from '../../../src-shared/protocol/conversationSync';
import { VersionClock } from '../../../src-shared/protocol/version';

let dir: string;
let db: SqliteDatabase;
let clock: VersionClock;
let chat: SqliteConversationStore;
let sync: SqliteConversationSyncStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'goodies-chat-sync-'));
  db = openGraphDatabase(join(dir, 'goodies.db'), chatMigrations);
  clock = new VersionClock();
  chat = new SqliteConversationStore(db, clock, 'tester');
  sync = new SqliteConversationSyncStore(db);
});
afterEach(() => {
  sync.dispose();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const conversation = (id: string, title: string, version: string): PulledConversation => ({
  id, title, version, pinned: false, archived: false, deleted: false, shared_with: [], created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', owner_id: 'other',
});
const message = (id: string, conversationId: string, text: string, deleted = false): PulledMessage => ({
  id, conversation_id: conversationId, role: 'user', text, created_at: '2026-01-01T00:00:01Z', envelope: null, deleted, author_id: 'other',
});

it('applies a pulled page once: re-applying it adds nothing and fires nothing', async () => {
  const heard: string[] = [];
  sync.onDidPullMessage((m) => heard.push(m.id));
  const page = { conversations: [conversation('c1', 'Remote', clock.next('other'))], messages: [message('m1', 'c1', 'one'), message('m2', 'c1', 'two')] };
  expect(await sync.applyPulled(page)).toEqual({ conversations: 1, messages: 2, tombstones: 0 });
  expect(await sync.applyPulled(page)).toEqual({ conversations: 0, messages: 0, tombstones: 0 });
  expect(heard).toEqual(['m1', 'm2']);
  expect(chat.messages('c1').map((m) => m.text)).toEqual(['one', 'two']);
  expect(chat.get('c1').message_count).toBe(2);
  // Pulled records are not pending: nothing goes back to the server.
  expect(await sync.pending(100)).toEqual({ conversations: [], messages: [] });
});

it('keeps the newer version of conversation metadata, local or pulled', async () => {
  const older = clock.next('other');
  await sync.applyPulled({ conversations: [conversation('c1', 'First', older)], messages: [] });
  chat.rename('c1', 'Renamed here'); // a newer local version, not yet pushed
  await sync.applyPulled({ conversations: [conversation('c1', 'Stale remote', older)], messages: [] });
  expect(chat.get('c1').title).toBe('Renamed here');
  await sync.applyPulled({ conversations: [conversation('c1', 'Newer remote', clock.next('other'))], messages: [] });
  expect(chat.get('c1').title).toBe('Newer remote');
  expect((await sync.pending(100)).conversations).toEqual([]);
});

it('keeps a message that arrives before its conversation, which then takes its real metadata', async () => {
  await sync.applyPulled({ conversations: [], messages: [message('m1', 'c9', 'early')] });
  expect(chat.messages('c9').map((m) => m.text)).toEqual(['early']);
  await sync.applyPulled({ conversations: [conversation('c9', 'Late title', clock.next('other'))], messages: [] });
  expect(chat.get('c9').title).toBe('Late title');
});

it('clears exactly what was acked: a conversation renamed or a message cleared since the push stays pending', async () => {
  const c = chat.create('Mine');
  const m = chat.append({ conversationId: c.id, role: 'user', text: 'hello' });
  const pushed = await sync.pending(100);
  expect(pushed.conversations.map((x) => x.id)).toEqual([c.id]);
  expect(pushed.messages.map((x) => [x.id, x.deleted])).toEqual([[m.id, false]]);
  chat.rename(c.id, 'Mine, renamed');
  chat.clearMessages(c.id);
  await sync.markPushed({ conversations: pushed.conversations.map((x) => ({ id: x.id, version: x.version })), messages: pushed.messages.map((x) => ({ id: x.id, deleted: x.deleted })) });
  const left = await sync.pending(100);
  expect(left.conversations.map((x) => x.title)).toEqual(['Mine, renamed']);
  expect(left.messages.map((x) => [x.id, x.deleted, x.text])).toEqual([[m.id, true, '']]);
  await sync.markPushed({ conversations: left.conversations.map((x) => ({ id: x.id, version: x.version })), messages: left.messages.map((x) => ({ id: x.id, deleted: x.deleted })) });
  expect(await sync.pending(100)).toEqual({ conversations: [], messages: [] });
});

it('a pulled tombstone hides the message and moves the active leaf to the newest one left', async () => {
  await sync.applyPulled({ conversations: [conversation('c1', 'Remote', clock.next('other'))], messages: [message('m1', 'c1', 'one'), message('m2', 'c1', 'two')] });
  expect(await sync.applyPulled({ conversations: [], messages: [message('m2', 'c1', '', true)] })).toEqual({ conversations: 0, messages: 0, tombstones: 1 });
  expect(chat.messages('c1').map((m) => m.text)).toEqual(['one']);
  expect(chat.get('c1').message_count).toBe(1);
  expect(chat.search('two')).toEqual([]);
});

it('builds the tree the sender had: a reply on another branch waits there as a sibling, ordered by creation time', async () => {
  const heard: string[] = [];
  sync.onDidPullMessage((m) => heard.push(m.id));
  const at = (n: number) => `2026-01-01T00:00:0${n}Z`;
  const tree = (id: string, parent: string | null, role: 'user' | 'assistant', n: number): PulledMessage => ({ ...message(id, 'c1', id, false), role, parent_id: parent, created_at: at(n) });
  await sync.applyPulled({ conversations: [conversation('c1', 'Remote', clock.next('other'))], messages: [tree('q1', null, 'user', 1), tree('r1', 'q1', 'assistant', 2), tree('q2', 'r1', 'user', 4)] });
  // A regenerated reply made on another device before q2 arrives after it: a sibling of r1, not after q2.
  await sync.applyPulled({ conversations: [], messages: [tree('r1b', 'q1', 'assistant', 3)] });
  expect(heard).toEqual(['q1', 'r1', 'q2']);
  expect(chat.messages('c1').map((m) => [m.id, m.parent_id, m.siblings ?? null])).toEqual([
    ['q1', null, null],
    ['r1', 'q1', ['r1', 'r1b']],
    ['q2', 'r1', null],
  ]);
  // The pushed record carries the parent too.
  const local = chat.append({ conversationId: 'c1', role: 'assistant', text: 'here' });
  expect((await sync.pending(10)).messages.map((m) => [m.id, m.parent_id])).toEqual([[local.id, 'q2']]);
});
