// Topic chips: the entities a conversation's replies cited, kept by triggers on messages (chat migration 151) so a
// turn, an import and a tombstone all count, and read through chat.getConversationEntities.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { chatMigrations } from '../../../src-main/chat/chatMigrations';
import { listConversationEntities } from '../../../src-main/chat/conversationEntities';
import { SqliteConversationStore } from '../../../src-main/chat/SqliteConversationStore';
import { openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import type { ReplyEnvelope } from '../../../src-preload/contract';
import { VersionClock } from '../../../src-shared/protocol/version';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
let dir: string | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

it('lists what the replies cited, most mentioned first, and forgets it on /clear', async () => {
  t = await createTestServices();
  const { conversation } = await callOk(t, 'chat.send', { text: 'When is the boiler service due?' });
  const first = await callOk(t, 'chat.getConversationEntities', { conversationId: conversation.id });
  expect(first).toEqual([expect.objectContaining({ name: 'Boiler Service Record', entity_type: 'note', mentions: 1 })]);

  await callOk(t, 'chat.send', { conversationId: conversation.id, text: 'When is the boiler service due?' });
  await callOk(t, 'chat.send', { conversationId: conversation.id, text: 'Which devices are in the study?' });
  const after = await callOk(t, 'chat.getConversationEntities', { conversationId: conversation.id });
  expect(after[0]).toMatchObject({ name: 'Boiler Service Record', mentions: 2 });
  expect(after.map((e) => e.name)).toContain('Study');

  await callOk(t, 'chat.send', { conversationId: conversation.id, text: '/clear' });
  expect(await callOk(t, 'chat.getConversationEntities', { conversationId: conversation.id })).toEqual([]);
});

it('counts the citations of imported conversations', async () => {
  t = await createTestServices();
  const at = '2026-11-01T10:00:00.000Z';
  const citation = { entity_id: 'e-heat', version: 'v1', name: 'Heat pump', entity_type: 'device' };
  const file = {
    format: 'goodies-conversations', version: 1,
    conversations: [{
      id: 'imp', title: 'Imported', created_at: at, updated_at: at, pinned: false, archived: false, active_leaf_id: 'a1',
      messages: [
        { id: 'q1', parent_id: null, role: 'user', text: 'heat pump?', created_at: at },
        { id: 'a1', parent_id: 'q1', role: 'assistant', text: 'It is on.', created_at: at, envelope: { citations: [citation] } },
      ],
    }],
  };
  await callOk(t, 'chat.importConversations', { json: JSON.stringify(file) });
  expect(await callOk(t, 'chat.getConversationEntities', { conversationId: 'imp' })).toEqual([
    { entity_id: 'e-heat', name: 'Heat pump', entity_type: 'device', mentions: 1, last_mentioned_at: at },
  ]);
});

it('fills the table from replies stored before the migration', () => {
  dir = mkdtempSync(join(tmpdir(), 'goodies-topics-'));
  const path = join(dir, 'goodies.db');
  const before = openGraphDatabase(path, chatMigrations.filter((m) => m.version < 151));
  const store = new SqliteConversationStore(before, new VersionClock(), 'tester');
  const c = store.create('Old');
  const envelope = { citations: [{ entity_id: 'e-kitchen', version: 'v1', name: 'Kitchen', entity_type: 'room' }] } as unknown as ReplyEnvelope;
  store.append({ conversationId: c.id, role: 'assistant', text: 'a', envelope });
  store.append({ conversationId: c.id, role: 'assistant', text: 'b', envelope });
  before.close();
  const after = openGraphDatabase(path, chatMigrations);
  expect(listConversationEntities(after, c.id)).toEqual([expect.objectContaining({ entity_id: 'e-kitchen', name: 'Kitchen', mentions: 2 })]);
  after.close();
});
