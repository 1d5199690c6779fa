// A warm turn evaluates only what is new since the previous turn. The count comes from llama.cpp's token meter on the
// context sequence (what was really decoded), not from comparing prompts, so a change that makes the provider
// re-evaluate its stable prefix (a new chat object per turn, a different rendering, a context shift) shows up here.
import { afterAll, describe, expect, it } from 'vitest';
import type { LlmMessage } from '../../../src-main/llm/LlmProvider';
import { tinyLocalModel } from './localModel';

const local = tinyLocalModel({ contextSize: 1024, maxTokens: 16, idleUnloadMs: 0 });
afterAll(() => local.dispose());

const system: LlmMessage = { role: 'system', content: `You answer questions about a house. ${'The hall has a lamp and a door. '.repeat(40)}` };

async function answer(messages: LlmMessage[]): Promise<string> {
  let text = '';
  for await (const event of local.chat({ messages, temperature: 0 }, new AbortController().signal)) if (event.type === 'token') text += event.text;
  return text;
}

describe('warm local turns', () => {
  it('the second turn of a conversation evaluates about the new tokens only, not the stable prefix', { timeout: 60_000 }, async () => {
    const first: LlmMessage[] = [system, { role: 'user', content: 'is the lamp on?' }];
    const reply = await answer(first);
    const cold = local.lastPromptReuse!;
    expect(cold.newTokens).toBe(cold.promptTokens); // empty sequence: everything is evaluated
    expect(cold.promptTokens).toBeGreaterThan(300);

    const second: LlmMessage[] = [...first, { role: 'assistant', content: reply }, { role: 'user', content: 'and the door, is it locked tonight?' }];
    await answer(second);
    const warm = local.lastPromptReuse!;
    const added = warm.promptTokens - cold.promptTokens; // the reply and the new question, with their chat-wrapper tags
    expect(added).toBeGreaterThan(0);
    expect(warm.newTokens).toBeGreaterThan(0);
    // A few tokens of slack for the chat wrapper re-rendering the boundary between the two turns.
    expect(warm.newTokens).toBeLessThanOrEqual(added + 8);
    expect(warm.reusedTokens).toBeGreaterThanOrEqual(cold.promptTokens - 8);
  });

  it('asking the same question again evaluates (almost) nothing', { timeout: 60_000 }, async () => {
    const messages: LlmMessage[] = [system, { role: 'user', content: 'which room has the door?' }];
    await answer(messages);
    await answer(messages);
    const again = local.lastPromptReuse!;
    expect(again.newTokens).toBeLessThanOrEqual(2);
    expect(again.reusedTokens).toBeGreaterThan(300);
  });
});
