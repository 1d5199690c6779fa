// The assistant's tools offered to a model (the real openai SDK against a fake OpenAI-compatible server on loopback):
// a model's create_todo for the asking person runs at once (tier 1) and is a real graph entity; the active persona's
// prompt reaches the model's system message; user-defined personas are validated.
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { createTestServices } from '../../support/createTestServices';
import { openAssistantHarness, type AssistantHarness } from './assistantHarness';

let h: AssistantHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

describe('assistant tools and personas with a model', () => {
  it('a model adds a todo for the asking person with create_todo (tier 1, no card), and the todo is a note entity', async () => {
    h = await openAssistantHarness();
    const server = await useFakeOpenAiServer({ models: ['house-model'] });
    server.scriptChat(
      { kind: 'stream', toolCalls: [{ id: 'c1', name: 'create_todo', arguments: '{"title":"book the chimney sweep","priority":"high","due":"next Friday"}' }], finishReason: 'tool_calls' },
      { kind: 'stream', tokens: ['Added ', 'it.'] },
    );
    await h.call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'house-model', apiKey: 'sk-test' } });
    const reply = await h.say('could you put the chimney sweep on my list for next week, it is important');
    expect(reply.provider).toBe('remote');
    expect(reply.proposal).toBeNull();
    expect(reply.tool_calls.map((c) => [c.name, c.ok])).toEqual([['create_todo', true]]);
    const entities = await h.t.services.store.listEntities({ types: ['note'] });
    const stored = entities.find((e) => e.name === 'book the chimney sweep');
    expect(stored?.content).toMatchObject({ kind: 'todo', done: false, priority: 'high', due: '2026-10-30T23:59:00.000Z', list: null });
  });

  it('the active persona sets the model\'s system prompt; user-defined personas are stored and validated', async () => {
    h = await openAssistantHarness();
    const server = await useFakeOpenAiServer({ models: ['house-model'] });
    server.scriptChat({ kind: 'stream', tokens: ['1. ', 'Unplug it.'] }, { kind: 'stream', tokens: ['Fine.'] });
    await h.call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'house-model', apiKey: 'sk-test' } });
    const saved = await h.call('assistant.savePersonas', { activeId: 'teacher' });
    expect(saved.personas.map((p) => p.name)).toEqual(['Home assistant', 'Concise', 'Teacher']);
    await h.say('tell me a bedtime story about the house');
    const system = (server.chatRequests[0]?.body as { messages: Array<{ role: string; content: string }> }).messages[0];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Persona and answer style: You are Luna, a patient teacher');

    const custom = await h.call('assistant.savePersonas', {
      activeId: 'pirate',
      custom: [{ id: 'pirate', name: 'Pirate', style: 'concise', systemPrompt: 'Talk like a friendly pirate.' }],
    });
    expect(custom).toMatchObject({ activeId: 'pirate', personas: expect.arrayContaining([expect.objectContaining({ id: 'pirate', builtIn: false })]) });
    await h.say('tell me another bedtime story about the house');
    expect((server.chatRequests[1]?.body as { messages: Array<{ content: string }> }).messages[0]?.content).toContain('Talk like a friendly pirate.');
    // The deterministic answers follow the persona's style too.
    expect((await h.say('add rum to the shopping list')).response).toBe('Added “rum” (shopping).');
    await expect(h.call('assistant.savePersonas', { activeId: 'nobody' })).rejects.toThrow(/There is no persona "nobody"/);
  });

  it('any household member picks the active persona (assistant.choosePersona); defining personas stays with admins', async () => {
    h = await openAssistantHarness();
    await h.call('assistant.savePersonas', { custom: [{ id: 'pirate', name: 'Pirate', style: 'concise', systemPrompt: 'Talk like a pirate.' }] });
    const member = await createTestServices({ role: 'user', userId: 'alex' }, h.t.dataDir);
    try {
      const chosen = await dispatchCall(member.services.handlers, 'assistant.choosePersona', { id: 'pirate' }, 'test');
      expect(chosen.ok && (chosen.value as { activeId: string }).activeId).toBe('pirate');
      const unknown = await dispatchCall(member.services.handlers, 'assistant.choosePersona', { id: 'nobody' }, 'test');
      expect(unknown.ok ? null : unknown.error.type).toBe('validation');
      const define = await dispatchCall(member.services.handlers, 'assistant.savePersonas', { custom: [] }, 'test');
      expect(define.ok ? null : define.error.type).toBe('forbidden');
      // The same settings: the admin's window answers in the chosen style now.
      expect((await h.say('add grog to the shopping list')).response).toBe('Added “grog” (shopping).');
    } finally {
      await member.services.dispose();
      await member.platform.dispose();
    }
  });
});
