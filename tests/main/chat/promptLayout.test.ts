// The prompt is laid out for prefix-cache reuse (llama.cpp's context sequence, and remote providers' prompt caches):
// what is the same every turn comes first, what changes per turn comes last. Before this layout the per-turn entity
// JSON and freshness sat inside the system message, so everything after them was evaluated again each turn.
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src-preload/contract';
import { buildLlmMessages } from '../../../src-main/chat/buildLlmMessages';
import type { TextSearchHit } from '../../../src-main/graph/GraphStore';
import { userMessageText, type LlmMessage } from '../../../src-main/llm/LlmProvider';
import { tinyLocalModel } from '../llm/localModel';

const tools = [
  { name: 'list_devices', description: 'List the devices in a room', tier: 1 as const, parameters: { type: 'object', properties: { room: { type: 'string', maxLength: 20 } }, required: ['room'] } },
];

function hit(name: string, content: Record<string, unknown>, synced: string): TextSearchHit {
  return {
    entity: { id: `id-${name}`, version: `v-${synced}`, entity_type: 'device', name, content, source_type: 'manual', user_id: 'u', parent_versions: [], created_at: synced, updated_at: synced } as unknown as TextSearchHit['entity'],
    score: 0.9,
    highlights: [],
  };
}

function turn(question: string, relevant: TextSearchHit[], label: string, history: ChatMessage[] = []): LlmMessage[] {
  return buildLlmMessages({
    question,
    homeName: 'Maple House',
    context: { role: 'admin', userId: 'alex', freshness: { synced_at: null, source: 'server', label } },
    relevant,
    history,
  });
}

const message = (role: 'user' | 'assistant', text: string): ChatMessage => ({ id: text, conversation_id: 'c', role, text, created_at: '2026-01-01T00:00:00Z' });

const local = tinyLocalModel({ contextSize: 1024, maxTokens: 24 });
afterAll(() => local.dispose());

describe('prompt layout for cache reuse', () => {
  it('the system message is identical across turns; per-turn context and freshness come last, with the question', () => {
    const first = turn('is the lamp on?', [hit('Lamp', { power: 'on' }, 'a')], 'as of 10:00');
    const second = turn('and the fan?', [hit('Fan', { power: 'off' }, 'b')], 'as of 10:05', [message('user', 'is the lamp on?'), message('assistant', 'Yes.')]);
    expect(first[0]).toEqual(second[0]);
    expect(first[0]?.content).not.toContain('10:00');
    expect(first[0]?.content).not.toContain('Lamp');
    const last = second.at(-1);
    expect(last?.role).toBe('user');
    // The grounding travels in its own field, so the same question stored in the history later is the same text.
    expect(last).toMatchObject({ content: 'and the fan?' });
    const text = userMessageText(last as { content: string; context?: string });
    expect(text).toContain('as of 10:05');
    expect(text).toContain('"Fan"');
    expect(text.endsWith('Question: and the fan?')).toBe(true);
    expect(second.slice(1, -1)).toEqual([{ role: 'user', content: 'is the lamp on?' }, { role: 'assistant', content: 'Yes.' }]);
  });

  it('llama.cpp reuses the whole stable prefix (system + tools) on the next turn of the context sequence', { timeout: 60_000 }, async () => {
    const signal = new AbortController().signal;
    const run = async (messages: LlmMessage[]): Promise<void> => {
      // The 260K model's output is gibberish and may not fit the reply format in 24 tokens: only the prompt matters.
      try {
        for await (const _ of local.chat({ messages, tools, temperature: 0 }, signal)) void _;
      } catch (error) {
        expect(error).toMatchObject({ kind: 'malformed' });
      }
    };
    await run(turn('is the lamp on?', [hit('Lamp', { power: 'on', note: 'x'.repeat(200) }, 'a')], 'as of 10:00'));
    const stable = local.lastPromptReuse;
    expect(stable).not.toBeNull();
    await run(turn('and the fan?', [hit('Fan', { power: 'off', note: 'y'.repeat(200) }, 'b')], 'as of 10:05', [message('user', 'is the lamp on?'), message('assistant', 'Yes.')]));
    const reuse = local.lastPromptReuse;
    expect(reuse).not.toBeNull();
    // Everything up to the end of the system prompt (tool list included) was kept from the previous turn.
    expect(reuse!.reusedTokens).toBeGreaterThanOrEqual(reuse!.systemTokens);
    expect(reuse!.systemTokens).toBeGreaterThan(100);
    expect(reuse!.newTokens).toBeLessThan(reuse!.promptTokens - reuse!.systemTokens + 10);
  });
});
