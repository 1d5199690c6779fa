// JSON export/import of a conversation carries its own persona (system prompt) and model, and files written before
// those fields existed still import with the app's defaults.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chatMigrations } from '../../../src-main/chat/chatMigrations';
import { exportConversationsJson, importConversationsJson } from '../../../src-main/chat/conversationTransfer';
import { SqliteConversationStore } from '../../../src-main/chat/SqliteConversationStore';
import { openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { VersionClock } from '../../../src-shared/protocol/version';

let dirs: string[] = [];
const open = (): { db: SqliteDatabase; store: SqliteConversationStore } => {
  const dir = mkdtempSync(join(tmpdir(), 'goodies-transfer-'));
  dirs.push(dir);
  const db = openGraphDatabase(join(dir, 'goodies.db'), chatMigrations);
  return { db, store: new SqliteConversationStore(db, new VersionClock(), 'tester') };
};
const opened: SqliteDatabase[] = [];
let a: ReturnType<typeof open>;
beforeEach(() => {
  a = open();
  opened.push(a.db);
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

it('round-trips the persona and model through JSON into another database, byte for byte', () => {
  const c = a.store.create('Pirate butler');
  a.store.append({ conversationId: c.id, role: 'user', text: 'Are the lights on?' });
  a.store.setAnswerSettings(c.id, { systemPrompt: 'Answer like a pirate butler.', model: 'gpt-4o-mini' });
  const file = exportConversationsJson(a.db, a.store, [c.id]);
  expect(file.conversations[0]).toMatchObject({ system_prompt: 'Answer like a pirate butler.', model: 'gpt-4o-mini' });

  const b = open();
  opened.push(b.db);
  const imported = importConversationsJson(b.db, b.store, JSON.stringify(file));
  expect(imported.conversations[0]).toMatchObject({ system_prompt: 'Answer like a pirate butler.', model: 'gpt-4o-mini' });
  expect(b.store.get(c.id)).toMatchObject({ system_prompt: 'Answer like a pirate butler.', model: 'gpt-4o-mini' });
  expect(exportConversationsJson(b.db, b.store, [c.id])).toEqual(file);
});

it('keeps the persona on a copy with fresh ids, and leaves defaults alone for conversations without one', () => {
  const withPersona = a.store.create('Terse');
  a.store.setAnswerSettings(withPersona.id, { systemPrompt: 'One sentence only.' });
  const plain = a.store.create('Plain');
  const file = exportConversationsJson(a.db, a.store, [withPersona.id, plain.id]);
  expect(file.conversations[1]).toMatchObject({ system_prompt: null, model: null });
  const copies = importConversationsJson(a.db, a.store, JSON.stringify(file)).conversations;
  expect(copies[0]?.id).not.toBe(withPersona.id);
  expect(copies[0]?.system_prompt).toBe('One sentence only.');
  expect(copies[0]?.model).toBeUndefined();
  expect(copies[1]?.system_prompt).toBeUndefined();
});

it('imports a file exported before the persona/model fields existed', () => {
  const c = a.store.create('Old file');
  a.store.append({ conversationId: c.id, role: 'user', text: 'hello' });
  const file = exportConversationsJson(a.db, a.store, [c.id]);
  const old = { ...file, conversations: file.conversations.map(({ system_prompt: _s, model: _m, ...rest }) => rest) };
  const b = open();
  opened.push(b.db);
  const imported = importConversationsJson(b.db, b.store, JSON.stringify(old));
  expect(imported.messageCount).toBe(1);
  expect(b.store.get(c.id).system_prompt).toBeUndefined();
  expect(() => importConversationsJson(b.db, b.store, JSON.stringify({ ...file, conversations: [{ ...file.conversations[0], model: 42 }] }))).toThrow(/not a Goodies conversations file/);
});
