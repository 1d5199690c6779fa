// Conversation storage on real SQLite: full-text search over messages, soft delete.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chatMigrations } from '../../../src-main/chat/chatMigrations';
import { SqliteConversationStore } from '../../../src-main/chat/SqliteConversationStore';
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
  expect(store.search('kitchen lights').map((m) => m.id)).toEqual([newer.id, older.id]);
  expect(store.search('thermostat').map((m) => m.conversation_id)).toEqual([a.id]);
  expect(store.search('"*(')).toEqual([]);
  expect(store.delete(b.id)).toBe(true);
  expect(store.search('kitchen')).toEqual([]);
  expect(store.list().map((c) => c.id)).toEqual([a.id]);
});
