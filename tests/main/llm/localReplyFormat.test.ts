import { describe, expect, it } from 'vitest';
import { JsonAnswerStreamer } from '../../../src-main/llm/JsonAnswerStreamer';
import { buildReplyGrammarSchema, parseLocalReply } from '../../../src-main/llm/localReplyFormat';
import { trimHistory } from '../../../src-main/llm/trimHistory';

describe('local reply format', () => {
  it('builds one grammar branch per tool, optional properties nullable, strings capped', () => {
    const schema = buildReplyGrammarSchema([
      { name: 'find', description: '', tier: 1, parameters: { type: 'object', properties: { q: { type: 'string' }, limit: { type: 'integer' } }, required: ['q'], $schema: 'x' } },
    ]);
    expect(schema).toEqual({
      oneOf: [
        { type: 'object', properties: { answer: { type: 'string', maxLength: 2000 } } },
        {
          type: 'object',
          properties: {
            tool: { const: 'find' },
            arguments: { type: 'object', properties: { q: { type: 'string', maxLength: 200 }, limit: { oneOf: [{ type: 'integer' }, { type: 'null' }] } } },
          },
        },
      ],
    });
  });

  it('parses answers and offered tool calls (dropping null optionals), rejects everything else', () => {
    expect(parseLocalReply('{"answer": "hi"}', ['find'])).toEqual({ kind: 'answer', text: 'hi' });
    expect(parseLocalReply('{ "tool": "find", "arguments": { "q": "x", "limit": null } }', ['find'])).toEqual({ kind: 'tool', name: 'find', arguments: { q: 'x' } });
    expect(() => parseLocalReply('{"tool": "delete_all", "arguments": {}}', ['find'])).toThrow(/neither/);
    expect(() => parseLocalReply('{"answer": "cut', ['find'])).toThrow(/not complete JSON/);
  });

  it('streams the answer string while the JSON is still arriving, decoding escapes split across chunks', () => {
    const streamer = new JsonAnswerStreamer();
    const pieces = ['{ "ans', 'wer": "Li', 'ne\\', 'n2 \\"q\\" \\u00', 'e9', '"}'];
    expect(pieces.map((p) => streamer.push(p)).join('')).toBe('Line\n2 "q" é');
    const tool = new JsonAnswerStreamer();
    expect(['{"tool": "find", ', '"arguments": {"q": "a"}}'].map((p) => tool.push(p)).join('')).toBe('');
  });

  it('trims the oldest turns to the token budget, keeping system messages and the newest message', () => {
    const items = [
      { role: 'system' as const, text: 'sys' },
      { role: 'user' as const, text: 'a'.repeat(100) },
      { role: 'tool' as const, text: 'b'.repeat(100) },
      { role: 'assistant' as const, text: 'c'.repeat(100) },
      { role: 'user' as const, text: 'd'.repeat(10) },
    ];
    const count = (t: string): number => t.length;
    const { items: kept, droppedCount } = trimHistory(items, count, 140);
    expect(kept.map((i) => i.text[0])).toEqual(['s', 'c', 'd']);
    expect(droppedCount).toBe(2);
    expect(trimHistory(items, count, 1).items.map((i) => i.text[0])).toEqual(['s', 'd']);
  });

  it('cuts an over-long system message from its end so a small context still has room for the question', () => {
    const count = (text: string): number => Math.ceil(text.length / 4);
    const system = { role: 'system' as const, text: `You are Goodies. ${'relevant entity data '.repeat(400)}` };
    const question = { role: 'user' as const, text: 'tell me a story' };
    const { items } = trimHistory([system, question], count, 500);
    const total = items.reduce((sum, i) => sum + count(i.text) + 6, 0);
    expect(total).toBeLessThanOrEqual(500);
    expect(items[0]?.text.startsWith('You are Goodies.')).toBe(true);
    expect(items[0]?.text.endsWith('…')).toBe(true);
    expect(items.at(-1)).toEqual(question);
  });
});
