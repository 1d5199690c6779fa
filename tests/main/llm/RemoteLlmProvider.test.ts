import { describe, expect, it } from 'vitest';
import { LlmError } from '../../../src-main/llm/LlmError';
import type { LlmStreamEvent } from '../../../src-main/llm/LlmProvider';
import { REMOTE_API_KEY_SECRET, RemoteLlmProvider } from '../../../src-main/llm/RemoteLlmProvider';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { MemorySecretStore } from './MemorySecretStore';

const tools = [{ name: 'list_devices', description: 'List devices in a room', tier: 1 as const, parameters: { type: 'object', properties: { room: { type: 'string' } } } }];

async function collect(iterable: AsyncIterable<LlmStreamEvent>): Promise<LlmStreamEvent[]> {
  const events: LlmStreamEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

async function catchError(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LlmError) return error;
    throw error;
  }
  throw new Error('expected an LlmError');
}

function provider(baseURL: string, secrets = new MemorySecretStore({ [REMOTE_API_KEY_SECRET]: 'sk-test-123' })): RemoteLlmProvider {
  return new RemoteLlmProvider({ baseURL, model: 'fake-model', secrets });
}

describe('RemoteLlmProvider (openai SDK against the fake server)', () => {
  it('streams tokens and sends the API key from the secret store as a bearer token', async () => {
    const server = await useFakeOpenAiServer();
    server.scriptChat({ kind: 'stream', tokens: ['The ', 'kitchen ', 'has 3 lights.'] });
    const events = await collect(provider(server.baseURL).chat({ messages: [{ role: 'user', content: 'hi' }] }, new AbortController().signal));
    expect(events.filter((e) => e.type === 'token').map((e) => (e as { text: string }).text).join('')).toBe('The kitchen has 3 lights.');
    expect(events.at(-1)).toMatchObject({ type: 'done', finishReason: 'stop' });
    const request = server.chatRequests[0];
    expect(request?.headers.authorization).toBe('Bearer sk-test-123');
    expect(request?.body).toMatchObject({ model: 'fake-model', stream: true, messages: [{ role: 'user', content: 'hi' }] });
  });

  it('assembles tool-call deltas split across chunks, by index, and passes tools and tool messages in OpenAI shape', async () => {
    const server = await useFakeOpenAiServer();
    server.scriptChat({
      kind: 'stream',
      toolCalls: [
        { id: 'call_a', name: 'list_devices', arguments: '{"room":"Kitchen"}', pieces: 4 },
        { id: 'call_b', name: 'list_devices', arguments: '{"room":"Garage"}', pieces: 2 },
      ],
    });
    const events = await collect(
      provider(server.baseURL).chat(
        {
          messages: [
            { role: 'user', content: 'lights?' },
            { role: 'assistant', content: null, tool_calls: [{ id: 'old', name: 'list_devices', arguments: {} }] },
            { role: 'tool', tool_call_id: 'old', content: '{"ok":true}' },
          ],
          tools,
        },
        new AbortController().signal,
      ),
    );
    expect(events.filter((e) => e.type === 'tool_call')).toEqual([
      { type: 'tool_call', id: 'call_a', name: 'list_devices', arguments: { room: 'Kitchen' } },
      { type: 'tool_call', id: 'call_b', name: 'list_devices', arguments: { room: 'Garage' } },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'done', finishReason: 'tool_calls' });
    const body = server.chatRequests[0]?.body as { tools: unknown[]; messages: unknown[] };
    expect(body.tools).toEqual([{ type: 'function', function: { name: 'list_devices', description: 'List devices in a room', parameters: tools[0]?.parameters } }]);
    expect(body.messages[1]).toMatchObject({ role: 'assistant', tool_calls: [{ id: 'old', type: 'function', function: { name: 'list_devices', arguments: '{}' } }] });
    expect(body.messages[2]).toEqual({ role: 'tool', tool_call_id: 'old', content: '{"ok":true}' });
  });

  it('reports malformed tool-call JSON as kind "malformed"', async () => {
    const server = await useFakeOpenAiServer();
    server.scriptChat({ kind: 'stream', toolCalls: [{ id: 'c1', name: 'list_devices', arguments: '{"room": "Kit' }] });
    const error = await catchError(collect(provider(server.baseURL).chat({ messages: [{ role: 'user', content: 'x' }], tools }, new AbortController().signal)));
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain('list_devices');
  });

  it('maps 401 to a clear client error, 500 to server, 429 to rate_limited with Retry-After, refused to network', async () => {
    const server = await useFakeOpenAiServer();
    server.scriptChat(
      { kind: 'error', status: 401, message: 'Incorrect API key provided' },
      { kind: 'error', status: 500 },
      { kind: 'error', status: 429, headers: { 'retry-after': '2' } },
    );
    const p = provider(server.baseURL);
    const run = (): Promise<LlmStreamEvent[]> => collect(p.chat({ messages: [{ role: 'user', content: 'x' }] }, new AbortController().signal));
    const e401 = await catchError(run());
    expect([e401.kind, e401.status]).toEqual(['client', 401]);
    expect(e401.message).toMatch(/API key.*401.*Incorrect API key/);
    expect((await catchError(run())).kind).toBe('server');
    const e429 = await catchError(run());
    expect([e429.kind, e429.retryAfterMs]).toEqual(['rate_limited', 2000]);
    await server.stop();
    // The pooled keep-alive socket dies first ("other side closed"); the next call finds the port closed.
    expect((await catchError(run())).kind).toBe('network');
    const refused = await catchError(run());
    expect(refused.kind).toBe('network');
    expect(refused.message).toMatch(/ECONNREFUSED/);
  });

  it('aborting stops the HTTP request: the fake server sees the client disconnect', async () => {
    const server = await useFakeOpenAiServer();
    server.scriptChat({ kind: 'stream', tokens: Array.from({ length: 50 }, (_, i) => `t${i} `), chunkDelayMs: 20 });
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await catchError(
      (async () => {
        for await (const event of provider(server.baseURL).chat({ messages: [{ role: 'user', content: 'x' }] }, controller.signal)) {
          if (event.type === 'token') seen.push(event.text);
          if (seen.length === 3) controller.abort();
        }
      })(),
    );
    expect(error.kind).toBe('aborted');
    await server.waitForDisconnects(1, 2000);
    expect(server.disconnects[0]?.path).toBe('/v1/chat/completions');
    expect(seen.length).toBeLessThan(10);
  });

  it('lists models and tests the connection with latency, or a readable error', async () => {
    const server = await useFakeOpenAiServer({ models: ['gpt-x', 'gpt-y'] });
    const p = provider(server.baseURL);
    expect(await p.listModels()).toEqual(['gpt-x', 'gpt-y']);
    const ok = await p.testConnection();
    expect(ok).toMatchObject({ ok: true, models: ['gpt-x', 'gpt-y'] });
    expect(ok.latencyMs).toBeGreaterThanOrEqual(0);
    server.scriptModels({ kind: 'error', status: 401, message: 'bad key' });
    const bad = await p.testConnection();
    expect(bad).toMatchObject({ ok: false, error: { kind: 'client', status: 401 } });
  });
});
