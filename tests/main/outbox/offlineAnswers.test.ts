// Questions answered locally while the remote model was down (the `message` kind): queued as the reply is stored,
// listed for the UI, and asked again remotely on request, through the contract with the real chat service and the
// real openai SDK against the fake OpenAI-compatible server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listOfflineAnswers, offlineAnswerItem, onRemoteModelBack, type ReaskChat } from '../../../src-main/outbox/offlineAnswers';
import { outboxMigrations } from '../../../src-main/outbox/outboxMigrations';
import { SqliteOutbox } from '../../../src-main/outbox/SqliteOutbox';
import { openDatabase, type SqliteDatabase } from '../../../src-main/store/openDatabase';
import { runMigrations } from '../../../src-main/store/runMigrations';
import type { CallArgs, CallName, CallResult, ChatMessage } from '../../../src-preload/contract';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const call = <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => callOk(t, name, args);

describe('questions answered offline', () => {
  it('are queued when the remote model fails, listed, and re-asked remotely as a new version of the reply', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    server.scriptChat({ kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' });
    t = await createTestServices();
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'm' } });
    const first = await call('chat.send', { text: 'write me a poem about the sea' });
    expect(first.reply).toMatchObject({ mode: 'local' });
    expect(first.reply.fallback_reason).toBeTruthy();

    const listed = await call('outbox.offlineAnswers', {});
    expect(listed.reaskWhenOnline).toBe('ask');
    expect(listed.answers).toEqual([expect.objectContaining({ question_id: first.userMessage.id, reply_id: first.reply.message_id, text: 'write me a poem about the sea' })]);
    expect((await call('outbox.counts', {})).message).toEqual({ queued: 1, parked: 0 });

    server.scriptChat({ kind: 'stream', tokens: ['Waves ', 'again.'] });
    const { outcomes } = await call('outbox.reask', {});
    expect(outcomes).toEqual([{ id: listed.answers[0]?.id, outcome: 'remote', reply_id: expect.any(String), error: null }]);
    const page = await call('chat.getMessagePage', { conversationId: first.conversation.id });
    expect(page.messages.map((m) => m.text)).toEqual(['write me a poem about the sea', 'Waves again.']);
    expect(page.messages[1]?.siblings).toEqual([first.reply.message_id, outcomes[0]?.reply_id]);
    expect((await call('outbox.offlineAnswers', {})).answers).toEqual([]);
    expect(await call('outbox.list', { kind: 'message', status: ['done'] })).toHaveLength(1);
  });

  it('a remote answer by any route (Regenerate, the reply\'s chip) takes the question off the list', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    server.scriptChat({ kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' });
    t = await createTestServices();
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'm' } });
    const first = await call('chat.send', { text: 'write me a poem about the sea' });
    expect((await call('outbox.offlineAnswers', {})).answers).toHaveLength(1);
    server.scriptChat({ kind: 'stream', tokens: ['Waves.'] });
    const again = await call('chat.regenerate', { conversationId: first.conversation.id, messageId: first.reply.message_id });
    expect(again.reply.mode).toBe('remote');
    await expect.poll(async () => (await call('outbox.offlineAnswers', {})).answers).toEqual([]);
  });

  it('the setting defaults to ask and is validated; with "never" a failed remote answer is not queued', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    server.scriptChat({ kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' });
    t = await createTestServices();
    expect(await call('outbox.getSettings', {})).toEqual({ reaskWhenOnline: 'ask' });
    expect(await call('outbox.saveSettings', { reaskWhenOnline: 'never' })).toEqual({ reaskWhenOnline: 'never' });
    await expect(call('outbox.saveSettings', { reaskWhenOnline: 'sometimes' as never })).rejects.toThrow(/validation/);
    expect(await call('outbox.getSettings', {})).toEqual({ reaskWhenOnline: 'never' });
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'm' } });
    const turn = await call('chat.send', { text: 'write me a poem about the sea' });
    expect(turn.reply.fallback_reason).toBeTruthy();
    expect((await call('outbox.offlineAnswers', {})).answers).toEqual([]);
  });
});

describe('offlineAnswerItem', () => {
  const question: ChatMessage = { id: 'q1', conversation_id: 'c1', role: 'user', text: 'Is it going to rain?', created_at: '2026-12-02T10:00:00.000Z', parent_id: null };
  const reply = (mode: 'local' | 'remote', fallback: string | null): ChatMessage => ({
    id: 'r1', conversation_id: 'c1', role: 'assistant', text: '…', created_at: '2026-12-02T10:00:01.000Z', parent_id: 'q1',
    envelope: { mode, fallback_reason: fallback } as ChatMessage['envelope'],
  });
  const hybrid = { mode: 'hybrid' as const, remote: 'offline' as const, local: 'healthy' as const };

  it('queues only a local answer given because the remote model failed, one item per question', () => {
    expect(offlineAnswerItem(reply('local', 'provider unreachable'), question, hybrid)).toEqual({
      id: 'message:q1', kind: 'message',
      payload: { conversation_id: 'c1', question_id: 'q1', reply_id: 'r1', text: 'Is it going to rain?', fallback_reason: 'provider unreachable', asked_at: question.created_at },
    });
    expect(offlineAnswerItem(reply('remote', null), question, hybrid)).toBeUndefined();
    expect(offlineAnswerItem(reply('local', null), question, hybrid)).toBeUndefined();
    expect(offlineAnswerItem(reply('local', 'provider unreachable'), question, { ...hybrid, mode: 'local' })).toBeUndefined();
    expect(offlineAnswerItem(reply('local', 'no model is configured'), question, { ...hybrid, remote: 'not_configured' })).toBeUndefined();
  });
});

describe('onRemoteModelBack', () => {
  // The chat side is the ReaskChat port here (the real ChatService is exercised above and in the E2E spec): this
  // checks only what each setting does with the queue.
  const answered = (mode: 'local' | 'remote'): ReaskChat => ({ regenerate: async () => ({ reply: { mode, message_id: 'r2', fallback_reason: mode === 'local' ? 'still down' : null } }) });
  const payload = (q: string) => ({ conversation_id: 'c1', question_id: q, reply_id: `r-${q}`, text: `question ${q}`, fallback_reason: 'provider unreachable', asked_at: '2026-12-02T10:00:00.000Z' });
  let dir: string;
  let db: SqliteDatabase;
  let outbox: SqliteOutbox;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-offline-answers-'));
    db = openDatabase(join(dir, 'goodies.db'));
    runMigrations(db, outboxMigrations);
    outbox = new SqliteOutbox(db);
    await outbox.enqueueMany([{ id: 'message:q1', kind: 'message', payload: payload('q1') }, { id: 'message:q2', kind: 'message', payload: payload('q2') }]);
  });
  afterEach(() => {
    outbox.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('"ask" leaves the questions listed for the person', async () => {
    expect(await onRemoteModelBack(outbox, answered('remote'), 'ask', 'c')).toEqual({ reasked: [], dropped: 0 });
    expect(await listOfflineAnswers(outbox)).toHaveLength(2);
  });

  it('"always" re-asks every one; one answered locally again stays queued with the reason', async () => {
    let calls = 0;
    const flaky: ReaskChat = { regenerate: async (input, id) => (calls++ === 0 ? answered('remote') : answered('local')).regenerate(input, id) };
    const { reasked } = await onRemoteModelBack(outbox, flaky, 'always', 'c');
    expect(reasked.map((r) => [r.itemId, r.outcome])).toEqual([['message:q1', 'remote'], ['message:q2', 'local']]);
    expect((await listOfflineAnswers(outbox)).map((i) => [i.id, i.attempts, i.lastError])).toEqual([['message:q2', 1, 'still down']]);
  });

  it('"never" drops them from the queue', async () => {
    expect(await onRemoteModelBack(outbox, answered('remote'), 'never', 'c')).toEqual({ reasked: [], dropped: 2 });
    expect(await listOfflineAnswers(outbox)).toEqual([]);
  });
});
