// Turns in one conversation, through the contract: a second send waits for the first instead of aborting it, and
// chat.stop returns only once the stopped turn has settled and its partial reply is stored.
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedEvent } from '../../../src-main/api/EventBus';
import type { CallArgs, CallName, CallResult } from '../../../src-preload/contract';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const call = <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => callOk(t, name, args);

const words = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i} `);

describe('chat turns in one conversation', () => {
  it('a second send is queued behind the first, not cancelling it; the stored order is question, answer, question, answer', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    server.scriptChat({ kind: 'stream', tokens: words('a', 8), chunkDelayMs: 20 }, { kind: 'stream', tokens: words('b', 3) });
    t = await createTestServices();
    await call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'm' } });
    const conversation = await call('chat.createConversation', {});
    const first = call('chat.send', { conversationId: conversation.id, text: 'tell me a story about the house' });
    let onFirstDelta!: () => void;
    const firstDelta = new Promise<void>((resolve) => (onFirstDelta = resolve));
    const sub = t.services.events.onDidPublish((e) => e.name === 'chat.didStreamDelta' && onFirstDelta());
    await firstDelta;
    sub.dispose();
    const second = call('chat.send', { conversationId: conversation.id, text: 'tell me a poem about the garden' });
    const [one, two] = await Promise.all([first, second]);
    expect(one.reply.response).toBe(words('a', 8).join(''));
    expect(one.reply.notice).toBeNull();
    expect(two.reply.response).toBe(words('b', 3).join(''));
    const messages = await call('chat.getMessages', { conversationId: conversation.id });
    expect(messages.map((m) => `${m.role}:${m.text.slice(0, 2)}`)).toEqual(['user:te', 'assistant:a0', 'user:te', 'assistant:b0']);
    expect(server.disconnects).toHaveLength(0);
  });

  it('chat.stop resolves after the turn settled: the partial reply is stored and no delta follows', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    // The role chunk and three tokens go out, then the server holds the rest until the test lets it go: how far the
    // answer got when Stop is pressed is decided here, not by timers racing a loaded machine.
    let resume!: () => void;
    const held = new Promise<void>((resolve) => (resume = resolve));
    server.scriptChat({ kind: 'stream', tokens: words('w', 200), pause: { afterChunks: 4, until: held } });
    t = await createTestServices();
    await call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'm' } });
    const conversation = await call('chat.createConversation', {});
    const seen: PublishedEvent[] = [];
    const deltaText = () => seen.filter((x) => x.name === 'chat.didStreamDelta').map((e) => (e.payload as { delta: string }).delta).join('');
    let onThreeWords!: () => void;
    const threeWords = new Promise<void>((resolve) => (onThreeWords = resolve));
    t.services.events.onDidPublish((e) => {
      seen.push(e);
      if (deltaText() === words('w', 3).join('')) onThreeWords();
    });
    const turn = call('chat.send', { conversationId: conversation.id, text: 'tell me a story about the house' });
    await threeWords;
    const stopped = await call('chat.stop', { conversationId: conversation.id });
    expect(stopped).toEqual({ stopped: true });
    // Settled before stop returned: the reply is stored.
    const messages = await call('chat.getMessages', { conversationId: conversation.id });
    const reply = messages.find((m) => m.role === 'assistant');
    expect(reply?.text).toBe(words('w', 3).join(''));
    const eventsAtStop = seen.length;
    // The request was cancelled on the wire; the server may now try to go on, and nothing of it reaches the chat.
    await server.waitForDisconnects(1);
    resume();
    const { reply: envelope } = await turn;
    expect(seen.length).toBe(eventsAtStop);
    expect(envelope.response).toBe(deltaText());
    expect(reply?.text).toBe(envelope.response);
    expect(envelope.notice).toMatch(/Stopped/);
    expect(server.disconnects.length).toBe(1);
    expect(await call('chat.stop', { conversationId: conversation.id })).toEqual({ stopped: false });
  });
});
