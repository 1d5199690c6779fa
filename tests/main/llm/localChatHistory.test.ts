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

  it('a time-budget cap shortens only the context of the newest message, from its end, and keeps the question whole', () => {
    const context = `Home graph freshness: as of 10:00.\nEntities: ${'{"name":"Lamp","content":"..."} '.repeat(20)}`;
    const messages = [{ role: 'system' as const, content: 'You are Goodies.' }, { role: 'user' as const, content: 'is the lamp on?', context }];
    const full = buildLocalChatHistory(messages, [], count, 2000).history.at(-1) as { text: string };
    const capped = buildLocalChatHistory(messages, [], count, 2000, 48).history.at(-1) as { text: string };
    expect(full.text).toBe(`${context}\n\nQuestion: is the lamp on?`);
    expect(count(capped.text)).toBeLessThanOrEqual(48 - 6);
    expect(capped.text.startsWith('Home graph freshness: as of 10:00.')).toBe(true);
    expect(capped.text.endsWith(' …\n\nQuestion: is the lamp on?')).toBe(true);
  });

  it('renders the history the same with or without the next question, so a prefill evaluates the next prefix', () => {
    const long = (i: number): string => `turn ${i} ${'words '.repeat(60)}`;
    const earlier = Array.from({ length: 12 }, (_, i) => [{ role: 'user' as const, content: long(i) }, { role: 'assistant' as const, content: `answer ${i}` }]).flat();
    const prefill = buildLocalChatHistory([{ role: 'system', content: 'You are Goodies.' }, ...earlier], tools, count, 1000).history;
    const next = buildLocalChatHistory([{ role: 'system', content: 'You are Goodies.' }, ...earlier, { role: 'user', content: 'and now?', context: 'ctx '.repeat(300) }], tools, count, 1000).history;
    expect(prefill.length).toBeLessThan(25); // old turns were dropped to fit...
    expect(next.slice(0, -1)).toEqual(prefill); // ...the same ones in both, whatever the size of the new message
    expect(next.at(-1)).toMatchObject({ type: 'user' });
  });
});
