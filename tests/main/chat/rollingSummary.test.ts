// The rolling summary of a long conversation: turns that no longer fit the model's history window are kept as
// extractive key points, stored per conversation, updated incrementally, and sent to the model instead of dropped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatMigrations } from '../../../src-main/chat/chatMigrations';
import { extractSummaryPoints, mergeSummaryPoints } from '../../../src-main/chat/extractSummaryPoints';
import { SqliteConversationStore } from '../../../src-main/chat/SqliteConversationStore';
import { SqliteConversationSummaries } from '../../../src-main/chat/SqliteConversationSummaries';
import { openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { VersionClock } from '../../../src-shared/protocol/version';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

const FACT = 'The boiler service is due on 14 March with Hendricks Heating.';
const filler = (i: number) => `Turn on lamp number ${i} in the hallway.`;

describe('extractive points', () => {
  it('keeps the weightiest sentence of a message and skips small talk', () => {
    const points = extractSummaryPoints([
      { id: 'a', role: 'user', text: `Hi there. ${FACT} Thanks!` },
      { id: 'b', role: 'assistant', text: 'ok' },
      { id: 'c', role: 'assistant', text: '```js\nconst secretCode = 1234567;\n```\nDone.' },
    ]);
    expect(points).toEqual([{ message_id: 'a', role: 'user', text: FACT, weight: expect.any(Number) }]);
  });

  it('drops the lightest points first when over budget, keeping the order of the rest', () => {
    const points = mergeSummaryPoints(
      [{ message_id: '1', role: 'user', text: 'x'.repeat(50), weight: 9 }, { message_id: '2', role: 'user', text: 'y'.repeat(50), weight: 3 }],
      [{ message_id: '3', role: 'assistant', text: 'z'.repeat(50), weight: 5 }],
      100,
    );
    expect(points.map((p) => p.message_id)).toEqual(['1', '3']);
  });
});

describe('stored per conversation, updated incrementally', () => {
  let dir: string;
  let db: SqliteDatabase;
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('covers what dropped out of the window, reads only newly dropped turns, and rebuilds on another branch', () => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-summary-'));
    db = openGraphDatabase(join(dir, 'goodies.db'), chatMigrations);
    const store = new SqliteConversationStore(db, new VersionClock(), 'tester');
    const summaries = new SqliteConversationSummaries(db);
    const c = store.create('Long one');
    const first = store.append({ conversationId: c.id, role: 'user', text: FACT });
    for (let i = 1; i < 60; i++) store.append({ conversationId: c.id, role: i % 2 ? 'assistant' : 'user', text: filler(i) });
    store.append({ conversationId: c.id, role: 'user', text: 'When is the boiler service?' });

    const window = store.historyForModel(c.id, 100_000);
    expect(window).toHaveLength(40);
    expect(window.map((m) => m.text)).not.toContain(FACT);
    const summary = summaries.update(c.id, window[0] ?? { parent_id: null });
    expect(summary?.coveredCount).toBe(20);
    expect(summary?.text).toContain('User: The boiler service is due on 14 March with Hendricks Heating.');

    // Incremental: a covered message changed behind the summary's back is not read again; only the 10 new drops are.
    db.prepare('UPDATE messages SET text = ? WHERE id = ?').run('The garage door code changed to 9911 today, Rosalind said.', first.id);
    for (let i = 60; i < 70; i++) store.append({ conversationId: c.id, role: i % 2 ? 'assistant' : 'user', text: filler(i) });
    const later = summaries.update(c.id, store.historyForModel(c.id, 100_000)[0] ?? { parent_id: null });
    expect(later?.coveredCount).toBe(31);
    expect(later?.text).toContain('Hendricks');
    expect(later?.text).not.toContain('Rosalind');
    expect(later?.text).toContain('lamp number 30');

    // The same window again: nothing read, the same summary.
    expect(summaries.update(c.id, store.historyForModel(c.id, 100_000)[0] ?? { parent_id: null })).toEqual(later);

    // Another branch (an edit of an early question) shares none of the covered turns: the summary is rebuilt.
    let parent: string | null = null;
    for (let i = 0; i < 45; i++) parent = store.append({ conversationId: c.id, role: i % 2 ? 'assistant' : 'user', text: i === 0 ? 'Where is the Kallax shelf from IKEA kept?' : filler(100 + i), parentId: parent }).id;
    const branch = summaries.update(c.id, store.historyForModel(c.id, 100_000)[0] ?? { parent_id: null });
    expect(branch?.coveredCount).toBe(4);
    expect(branch?.text).toContain('Kallax');
    expect(branch?.text).not.toContain('Rosalind');
    expect(branch?.text).not.toContain('Hendricks');
  });
});

describe('the model path', () => {
  let t: TestServices | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  it('sends the summary of older turns with the question instead of dropping them', async () => {
    const server = await useFakeOpenAiServer({ models: ['house-model'] });
    server.scriptChat({ kind: 'stream', tokens: ['On 14 March.'] });
    t = await createTestServices();
    await callOk(t, 'llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'house-model' } });
    // A 60-message conversation, imported (the same path a restored backup takes).
    const created = '2026-11-01T10:00:00.000Z';
    const messages = Array.from({ length: 60 }, (_, i) => ({
      id: `m${i}`, parent_id: i ? `m${i - 1}` : null, role: i % 2 ? 'assistant' : 'user', text: i ? filler(i) : FACT, created_at: created,
    }));
    const file = { format: 'goodies-conversations', version: 1, conversations: [{ id: 'long', title: 'Long', created_at: created, updated_at: created, pinned: false, archived: false, active_leaf_id: 'm59', messages }] };
    await callOk(t, 'chat.importConversations', { json: JSON.stringify(file) });

    await callOk(t, 'chat.send', { conversationId: 'long', text: 'tell me a bedtime story about what we said earlier' });
    const body = server.chatRequests[0]?.body as { messages: Array<{ role: string; content: string }> };
    const system = body.messages[0]?.content ?? '';
    expect(system).toContain('Earlier in this conversation (20 older messages');
    expect(system).toContain(FACT);
    expect(body.messages.slice(1).map((m) => m.content)).not.toContain(FACT);
    expect(body.messages.slice(1).map((m) => m.content)).toContain(filler(59));
  });
});
