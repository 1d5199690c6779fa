// The local prompt: stable system text (tool list first) at the front, and a per-turn message that cannot crowd out
// the window (it is re-evaluated every turn, so its size is the warm first-token cost).
import { describe, expect, it } from 'vitest';
import { buildLocalChatHistory } from '../../../src-main/llm/localChatHistory';

const count = (text: string): number => Math.ceil(text.length / 4);
const tools = [{ name: 'list_devices', description: 'List devices', tier: 1 as const, parameters: { type: 'object' } }];

describe('buildLocalChatHistory', () => {
  it('puts the tool list and the system text first, then the conversation, then the newest message', () => {
    const { history, systemText } = buildLocalChatHistory(
      [{ role: 'system', content: 'You are Goodies.' }, { role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }, { role: 'user', content: 'ctx\n\nQuestion: lamp?' }],
      tools,
      count,
      2000,
    );
    expect(systemText.startsWith('You can call these read-only tools:')).toBe(true);
    expect(systemText.endsWith('You are Goodies.')).toBe(true);
    expect(history.map((h) => h.type)).toEqual(['system', 'user', 'model', 'user']);
  });

  it('caps the per-turn message at 15% of the window, keeping its head and the question at its end', () => {
    const context = `Home graph freshness: as of 10:00.\nEntities: ${'{"name":"Lamp","content":"..."} '.repeat(400)}`;
    const { history } = buildLocalChatHistory([{ role: 'system', content: 'You are Goodies.' }, { role: 'user', content: `${context}\n\nQuestion: is the lamp on?` }], [], count, 2000);
    const last = history.at(-1) as { type: 'user'; text: string };
    expect(count(last.text)).toBeLessThanOrEqual(300);
    expect(last.text.startsWith('Home graph freshness: as of 10:00.')).toBe(true);
    expect(last.text.endsWith('Question: is the lamp on?')).toBe(true);
    expect(last.text).toContain('… ');
  });
});
