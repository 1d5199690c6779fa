// Conversation storage on real SQLite: full-text search over messages, soft delete, the message tree (branches and
// versions), paging of the active branch, the model's history budget, export/import.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chatMigrations } from '../../../src-main/chat/chatMigrations';
import { SqliteConversationStore } from '../../../src-main/chat/SqliteConversationStore';
import { exportConversationsJson, exportConversationsMarkdown, importConversationsJson } from '../../../src-main/chat/conversationTransfer';
import { buildMessageSearchQuery, snippetOf } from '../../../src-main/chat/searchMessages';
import { openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { VersionClock } from '../../../src-shared/protocol/version';

let dir: string;
let db: SqliteDatabase;
let store: SqliteConversationStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'goodies-chat-'));
  db = openGraphDatabase(join(dir, 'goodies.db'), chatMigrations);
  store = new SqliteConversationStore(db, new VersionClock(), 'tester');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

it('finds messages by their words (newest first) and forgets deleted conversations', () => {
  const a = store.create('Heating');
  const b = store.create('Lights');
  store.append({ conversationId: a.id, role: 'user', text: 'What is the thermostat set to?' });
  const older = store.append({ conversationId: b.id, role: 'assistant', text: 'The kitchen lights are on.' });
  const newer = store.append({ conversationId: b.id, role: 'user', text: "Turn the kitchen's lights off" });
  expect(store.search('kitchen lights').map((m) => m.message_id).sort()).toEqual([newer.id, older.id].sort());
  expect(store.search('thermostat').map((m) => m.conversation_id)).toEqual([a.id]);
  expect(store.search('"*(')).toEqual([]);
  expect(store.delete(b.id)).toBe(true);
  expect(store.search('kitchen')).toEqual([]);
  expect(store.list().map((c) => c.id)).toEqual([a.id]);
});

it('keeps the message count in a column and pages the active branch newest first with a cursor', () => {
  const c = store.create('Long');
  for (let i = 0; i < 25; i++) {
    store.append({ conversationId: c.id, role: 'user', text: `question ${i}` });
    store.append({ conversationId: c.id, role: 'assistant', text: `answer ${i}` });
  }
  expect(store.get(c.id).message_count).toBe(50);
  const first = store.page(c.id, { limit: 20 });
  expect(first.messages.map((m) => m.text).at(-1)).toBe('answer 24');
  expect(first.messages[0]?.text).toBe('question 15');
  const second = store.page(c.id, { cursor: first.next_cursor, limit: 20 });
  expect(second.messages.at(-1)?.text).toBe('answer 14');
  const third = store.page(c.id, { cursor: second.next_cursor, limit: 20 });
  expect(third.messages.map((m) => m.text)).toEqual(Array.from({ length: 5 }, (_, i) => [`question ${i}`, `answer ${i}`]).flat());
  expect(third.next_cursor).toBeNull();
  expect(store.messages(c.id)).toHaveLength(50);
  store.clearMessages(c.id);
  expect(store.get(c.id).message_count).toBe(0);
  expect(store.page(c.id).messages).toEqual([]);
});

it('/clear and delete leave message tombstones (for conversation sync) that no read, search or export shows', () => {
  const c = store.create('Cleared');
  const q = store.append({ conversationId: c.id, role: 'user', text: 'Where is the spare key?' });
  store.append({ conversationId: c.id, role: 'assistant', text: 'Under the flowerpot.' });
  store.clearMessages(c.id);
  const rows = db.prepare('SELECT id, text, deleted_at, pending FROM messages WHERE conversation_id = ? ORDER BY seq').all(c.id) as Array<{ id: string; text: string; deleted_at: string | null; pending: number }>;
  expect(rows.map((r) => [r.text, r.deleted_at !== null, r.pending])).toEqual([
    ['', true, 1],
    ['', true, 1],
  ]);
  expect(rows[0]?.id).toBe(q.id);
  expect(store.search('flowerpot')).toEqual([]);
  expect(() => store.message(c.id, q.id)).toThrow(/not in this conversation/);
  expect(exportConversationsJson(db, store, [c.id]).conversations[0]?.messages).toEqual([]);
  // New messages after a clear start a fresh branch; the tombstones stay out of it.
  store.append({ conversationId: c.id, role: 'user', text: 'Hello again' });
  expect(store.messages(c.id).map((m) => m.text)).toEqual(['Hello again']);
  expect(store.historyForModel(c.id, 10_000)).toEqual([]);

  const d = store.create('Deleted');
  store.append({ conversationId: d.id, role: 'user', text: 'secret plans' });
  store.delete(d.id);
  expect(db.prepare('SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ? AND deleted_at IS NOT NULL').get(d.id)).toEqual({ n: 1 });
  expect(store.search('secret')).toEqual([]);
});

it('keeps reply versions and edited questions as siblings, and follows the selected branch', () => {
  const c = store.create('Branches');
  const q1 = store.append({ conversationId: c.id, role: 'user', text: 'Is the door locked?' });
  const a1 = store.append({ conversationId: c.id, role: 'assistant', text: 'Yes.', parentId: q1.id });
  // Regenerate: a second version of the reply to q1.
  const a1b = store.append({ conversationId: c.id, role: 'assistant', text: 'Yes, since 9 pm.', parentId: q1.id });
  expect(a1b.siblings).toEqual([a1.id, a1b.id]);
  const q2 = store.append({ conversationId: c.id, role: 'user', text: 'And the garage?' });
  expect(q2.parent_id).toBe(a1b.id);
  // Edit q2: a new question beside it.
  const q2b = store.append({ conversationId: c.id, role: 'user', text: 'And the back door?', parentId: a1b.id });
  store.append({ conversationId: c.id, role: 'assistant', text: 'Locked too.', parentId: q2b.id });
  let path = store.messages(c.id);
  expect(path.map((m) => m.text)).toEqual(['Is the door locked?', 'Yes, since 9 pm.', 'And the back door?', 'Locked too.']);
  expect(path[2]?.siblings).toEqual([q2.id, q2b.id]);
  store.selectBranch(c.id, a1.id);
  path = store.messages(c.id);
  expect(path.map((m) => m.text)).toEqual(['Is the door locked?', 'Yes.']);
  store.selectBranch(c.id, a1b.id);
  expect(store.messages(c.id).at(-1)?.text).toBe('Locked too.');
  store.selectBranch(c.id, q2.id);
  expect(store.messages(c.id).map((m) => m.text)).toEqual(['Is the door locked?', 'Yes, since 9 pm.', 'And the garage?']);
});

it('gives the model the active branch before the question, newest first within a character budget', () => {
  const c = store.create('Budget');
  for (let i = 0; i < 10; i++) {
    const q = store.append({ conversationId: c.id, role: 'user', text: `q${i} ${'x'.repeat(90)}` });
    store.append({ conversationId: c.id, role: 'assistant', text: `a${i} ${'y'.repeat(90)}`, parentId: q.id });
  }
  store.append({ conversationId: c.id, role: 'user', text: 'the current question' });
  const history = store.historyForModel(c.id, 500);
  expect(history.map((m) => m.text.slice(0, 2))).toEqual(['a7', 'q8', 'a8', 'q9', 'a9']);
  expect(history.some((m) => m.text === 'the current question')).toBe(false);
});

it('never throws on search syntax a person may type, and supports phrases and exclusions', () => {
  const c = store.create('Search');
  store.append({ conversationId: c.id, role: 'user', text: 'Turn off the kitchen lights please' });
  store.append({ conversationId: c.id, role: 'assistant', text: 'The lights in the kitchen are off.' });
  store.append({ conversationId: c.id, role: 'user', text: 'Lock the kitchen door' });
  for (const input of ['"', '-lights', 'AND', '*', 'OR OR', 'NEAR(', '(', ')', '^', ':', 'kitchen"', '""', '- -', 'a*b', '"kitchen AND']) {
    expect(() => store.search(input)).not.toThrow();
  }
  expect(store.search('-lights')).toEqual([]);
  expect(store.search('"kitchen lights"').map((h) => h.snippet.map((p) => p.text).join(''))).toEqual(['Turn off the kitchen lights please']);
  expect(store.search('kitchen -lights').map((h) => h.snippet.map((p) => p.text).join(''))).toEqual(['Lock the kitchen door']);
  expect(store.search('kitch').length).toBe(3);
  // A word being typed is tried as the index's longer words (an OR that merges newest first); spelled with a
  // diacritic the index folded away, it falls back to the plain prefix query.
  store.append({ conversationId: c.id, role: 'user', text: 'Meet at the Café Lumière' });
  expect(store.search('lumi').length).toBe(1);
  expect(store.search('lumiè').length).toBe(1);
  expect(store.search('kitchen lock').length).toBe(1);
  const hit = store.search('lock')[0];
  expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Lock']);
  expect(hit?.conversation_title).toBe('Search');
  expect(buildMessageSearchQuery('AND')).toMatchObject({ match: '"and"', prefixMatch: '"and"*', prefixWord: 'and', words: ['and'] });
  expect(buildMessageSearchQuery('kitchen gar')?.matchWithLastWordAnyOf?.(['gar', 'garage'])).toBe('"kitchen" ("gar" OR "garage")');
  expect(buildMessageSearchQuery('garage ')?.prefixMatch).toBeNull();
  expect(buildMessageSearchQuery('ga')?.prefixMatch).toBeNull();
});

it('ranks the newest matches by how densely they hold the words, and marks every word that starts like one', () => {
  const c = store.create('Ranking');
  const dense = store.append({ conversationId: c.id, role: 'user', text: 'Garage door: is the garage open?' });
  const sparse = store.append({ conversationId: c.id, role: 'assistant', text: 'I checked the hallway, the stairs, the attic, the cellar and the garage for you.' });
  const newest = store.append({ conversationId: c.id, role: 'user', text: 'garage lights' });
  // Same density: the newer first; the long message that mentions it once last.
  expect(store.search('garage ').map((h) => h.message_id)).toEqual([dense.id, newest.id, sparse.id]);
  expect(store.search('garage ').map((h) => [h.role, h.conversation_title])).toEqual([['user', 'Ranking'], ['user', 'Ranking'], ['assistant', 'Ranking']]);
  expect(snippetOf('The GARAGE and the garages', ['garage'])).toEqual([
    { text: 'The ', hit: false },
    { text: 'GARAGE', hit: true },
    { text: ' and the ', hit: false },
    { text: 'garages', hit: true },
  ]);
  // A word only contains the query word (not at its start): not a hit. The excerpt starts 40 characters before
  // the first hit, and a word cut there is judged by what is left of it.
  expect(snippetOf('my bigarage', ['garage'])).toEqual([{ text: 'my bigarage', hit: false }]);
  const long = `${'x'.repeat(50)} lock ${'y'.repeat(200)}`;
  const parts = snippetOf(long, ['lock']);
  expect(parts[0]?.text.startsWith('…')).toBe(true);
  expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['lock']);
  expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
});

it('exports JSON losslessly (every branch) and imports it back, with fresh ids when the originals are taken', () => {
  const c = store.create('Round trip');
  const q = store.append({ conversationId: c.id, role: 'user', text: '| a | b |\n|---|---|\n| 1 | 2 |' });
  store.append({ conversationId: c.id, role: 'assistant', text: 'v1', parentId: q.id });
  store.append({ conversationId: c.id, role: 'assistant', text: 'v2 ```js\nx\n```', parentId: q.id });
  store.setFlags(c.id, { pinned: true });
  const file = exportConversationsJson(db, store, [c.id]);
  expect(exportConversationsMarkdown(store, [c.id])).toContain('# Round trip');
  const copy = importConversationsJson(db, store, JSON.stringify(file));
  expect(copy.messageCount).toBe(3);
  const copyId = copy.conversations[0]?.id ?? '';
  expect(copyId).not.toBe(c.id);
  const strip = (f: ReturnType<typeof exportConversationsJson>) =>
    f.conversations.map((x) => ({ ...x, id: '', active_leaf_id: null, messages: x.messages.map((m) => ({ role: m.role, text: m.text, created_at: m.created_at, hasParent: m.parent_id !== null })) }));
  expect(strip(exportConversationsJson(db, store, [copyId]))).toEqual(strip(file));
  // Into an empty database the ids are kept: the file comes back byte for byte.
  store.delete(c.id);
  store.delete(copyId);
  const dir2 = mkdtempSync(join(tmpdir(), 'goodies-chat-'));
  const db2 = openGraphDatabase(join(dir2, 'goodies.db'), chatMigrations);
  const store2 = new SqliteConversationStore(db2, new VersionClock(), 'tester');
  importConversationsJson(db2, store2, JSON.stringify(file));
  expect(exportConversationsJson(db2, store2, [c.id])).toEqual(file);
  db2.close();
  rmSync(dir2, { recursive: true, force: true });
  expect(() => importConversationsJson(db, store, '{"format":"nope"}')).toThrow(/not a Goodies conversations file/);
});
