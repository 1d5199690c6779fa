// The assistant runs before the intent engine, so it must leave home questions alone: every example phrasing of the
// intent templates is either not claimed, or only claimed as a "remove X" that declines when no todo is called X.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPriority, parseAssistantRequest } from '../../../src-main/assistant/parseAssistantRequest';

const templatesDir = join(import.meta.dirname, '../../../src-main/intents/templates');

function intentExamples(): string[] {
  const examples: string[] = [];
  for (const file of readdirSync(templatesDir).filter((f) => f.endsWith('.json') && f !== 'fillers.json')) {
    const intents = JSON.parse(readFileSync(join(templatesDir, file), 'utf8')) as Record<string, { example?: string }>;
    for (const intent of Object.values(intents)) if (intent.example) examples.push(intent.example);
  }
  return examples;
}

describe('parseAssistantRequest', () => {
  it('leaves every intent-engine example to the intent engine', () => {
    const examples = intentExamples();
    expect(examples.length).toBeGreaterThan(20);
    const claimed = examples.map((e) => [e, parseAssistantRequest(e)] as const).filter(([, r]) => r && !(r.op === 'delete_todo' && !r.explicit));
    expect(claimed).toEqual([]);
  });

  it.each([
    ['add eggs to the shopping list, urgent', 'high'],
    ['add call the plumber asap', 'high'],
    ['add descale the kettle when you get a chance', 'low'],
    ['add fix the gate, no rush', 'low'],
    ['add paint the shed', undefined],
  ])('reads the priority of "%s"', (text, priority) => {
    const request = parseAssistantRequest(text);
    expect(request?.op).toBe('create_todo');
    const found = request?.op === 'create_todo' ? (request.priority ?? extractPriority(request.body).priority ?? undefined) : null;
    expect(found).toBe(priority);
  });

  it('ignores slash commands and empty text', () => {
    expect(parseAssistantRequest('/help')).toBeUndefined();
    expect(parseAssistantRequest('   ')).toBeUndefined();
  });
});
