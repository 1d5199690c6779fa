// The model step of a chat turn through the real services: the real openai SDK against a fake OpenAI-compatible
// server on loopback, and the real tiny GGUF model for local answers.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../../src-preload/contract';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';
import { TINY_MODEL_PATH } from '../../support/testModel';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const call = <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => callOk(t, name, args);

const STORY = 'tell me a bedtime story about the house';

describe('chat turns answered by a language model', () => {
  it('streams a remote answer and records it in the envelope', async () => {
    const server = await useFakeOpenAiServer({ models: ['house-model'] });
    server.scriptChat({ kind: 'stream', tokens: ['Once ', 'upon ', 'a ', 'time.'] });
    t = await createTestServices();
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'house-model', apiKey: 'sk-test-1234' } });
    const deltas: string[] = [];
    const sub = t.services.events.onDidPublish((e) => {
      if (e.name === 'chat.didStreamDelta') deltas.push((e.payload as { delta: string }).delta);
    });
    const { reply } = await call('chat.send', { text: STORY });
    sub.dispose();
    expect(deltas).toEqual(['Once ', 'upon ', 'a ', 'time.']);
    expect(reply).toMatchObject({ response: 'Once upon a time.', mode: 'remote', provider: 'remote', model: 'house-model', fallback_reason: null });
    expect(reply.first_token_ms).not.toBeNull();
    const request = server.chatRequests[0];
    expect(request?.headers.authorization).toBe('Bearer sk-test-1234');
    const body = request?.body as { messages: Array<{ role: string; content: string }>; tools: Array<{ function: { name: string } }> };
    expect(body.messages[0]?.role).toBe('system');
    expect(body.messages[0]?.content).toContain('DATA');
    expect(body.messages.at(-1)?.role).toBe('user');
    expect(body.messages.at(-1)?.content.endsWith(`Question: ${STORY}`)).toBe(true); // per-turn context comes first
    // The 12 graph tools of §6 and the household assistant's 8 (todos and reminders).
    expect(body.tools.length).toBe(20);
    expect(body.tools.map((t) => t.function.name)).toEqual(expect.arrayContaining(['create_todo', 'get_reminders']));
    const view = await call('llm.getSettings', {});
    expect(view.remote).toMatchObject({ hasApiKey: true, apiKeyHint: '••••1234' });
    expect(JSON.stringify(view)).not.toContain('sk-test-1234');
  });

  it('runs a read-only tool the model asks for and cites what it returned', async () => {
    const server = await useFakeOpenAiServer({ models: ['house-model'] });
    server.scriptChat(
      { kind: 'stream', toolCalls: [{ id: 'c1', name: 'get_devices_in_room', arguments: '{"room_id":"Study"}' }], finishReason: 'tool_calls' },
      { kind: 'stream', tokens: ['The study has the Hue Bridge and the Wi-Fi Router.'] },
    );
    t = await createTestServices();
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'house-model' } });
    const { reply } = await call('chat.send', { text: 'could you describe my study setup for me' });
    expect(reply.tool_calls.map((c) => [c.name, c.ok])).toEqual([['get_devices_in_room', true]]);
    const second = server.chatRequests[1]?.body as { messages: Array<{ role: string; content: string }> };
    const toolMessage = second.messages.find((m) => m.role === 'tool');
    expect(toolMessage?.content).toContain('Hue Bridge');
    expect(reply.citations.map((c) => c.name)).toContain('Study');
  });

  it('fails over to the local model within the same turn when the remote refuses', async () => {
    const server = await useFakeOpenAiServer();
    const baseUrl = server.baseURL;
    await server.stop();
    t = await createTestServices({ llm: { localMaxTokens: 24 } });
    await call('llm.saveSettings', { remote: { baseUrl, model: 'gone' }, local: { modelPath: TINY_MODEL_PATH, threads: 1, contextSize: 512 } });
    const { reply } = await call('chat.send', { text: STORY });
    expect(reply.mode).toBe('local');
    expect(reply.provider).toBe('local');
    expect(reply.fallback_reason).toMatch(/remote/i);
    expect(reply.notice).toMatch(/^Answered locally: /);
    expect(reply.response.length).toBeGreaterThan(0);
  });

  it('gives the deterministic answer with the reason when no model is configured', async () => {
    t = await createTestServices();
    const { reply } = await call('chat.send', { text: STORY });
    expect(reply.provider).toBe('none');
    expect(reply.fallback_reason).toMatch(/no .*model is configured/);
    expect(reply.response).toMatch(/can't answer that/);
  });

  it('Stop aborts the remote request (the server sees the disconnect) and keeps the partial answer', async () => {
    const server = await useFakeOpenAiServer();
    server.scriptChat({ kind: 'stream', tokens: Array.from({ length: 40 }, (_, i) => `word${i} `), chunkDelayMs: 100 });
    t = await createTestServices();
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'slow' } });
    const services = t.services;
    let conversationId = '';
    const firstDelta = new Promise<void>((resolve) => {
      const sub = services.events.onDidPublish((e) => {
        if (e.name === 'chat.didStreamDelta') {
          conversationId = (e.payload as { conversation_id: string }).conversation_id;
          sub.dispose();
          resolve();
        }
      });
    });
    const turn = call('chat.send', { text: STORY });
    await firstDelta;
    expect(await call('chat.stop', { conversationId })).toEqual({ stopped: true });
    const { reply } = await turn;
    await server.waitForDisconnects(1, 2000);
    expect(server.disconnects.length).toBe(1);
    expect(reply.response).toMatch(/^word0 /);
    expect(reply.response).not.toContain('word39');
    expect(reply.notice).toMatch(/Stopped/);
    const messages = await call('chat.getMessages', { conversationId });
    expect(messages.at(-1)?.text).toBe(reply.response);
  });

  it('"continue locally" re-answers the last question with the local model', async () => {
    const server = await useFakeOpenAiServer();
    server.scriptChat({ kind: 'stream', tokens: ['Half ', 'an ', 'answer'], dropAfterChunks: 2 });
    t = await createTestServices({ llm: { localMaxTokens: 16 } });
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'flaky' }, local: { modelPath: TINY_MODEL_PATH, threads: 1, contextSize: 512 } });
    const first = await call('chat.send', { text: STORY });
    expect(first.reply.notice).toMatch(/interrupted/i);
    expect(first.reply.response.length).toBeGreaterThan(0);
    const again = await call('chat.regenerate', { conversationId: first.conversation.id, mode: 'local' });
    expect(again.reply.provider).toBe('local');
    expect(again.userMessage.id).toBe(first.userMessage.id);
  });

  it('/mode and /status reflect the model layer', async () => {
    t = await createTestServices();
    const mode = await call('chat.send', { text: '/mode local' });
    expect(mode.reply.response).toBe('Mode set to local.');
    expect((await call('status.get', {})).llm.mode).toBe('local');
    expect((await call('chat.send', { text: '/mode turbo' })).reply.response).toMatch(/^Usage: \/mode/);
    expect((await call('chat.send', { text: '/status' })).reply.response).toMatch(/Language model: mode local/);
  });
});
