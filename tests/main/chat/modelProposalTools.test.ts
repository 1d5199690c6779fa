// Issue 8, finding 6: a model calling create_entity failed the whole turn and lost the streamed text. Its write tools
// now always become cards (never run directly), and the turn completes with what the model wrote.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../../src-preload/contract';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const call = <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => callOk(t, name, args);

describe('model proposal tools', () => {
  it('create_entity becomes a card, the turn completes with the streamed text, and approving adds the note', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    server.scriptChat({ kind: 'stream', tokens: ['I can add ', 'that note.'], toolCalls: [{ id: 'c1', name: 'create_entity', arguments: JSON.stringify({ entity_type: 'note', name: 'Gate code', content: { text: 'Ask Sam' } }) }] });
    t = await createTestServices();
    await call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'm', apiKey: 'sk-test-aaaaaaaaaaaaaaaa' } });
    const { reply } = await call('chat.send', { text: 'please remember that the gate code is with Sam' });
    expect(reply.response).toContain('I can add that note.');
    expect(reply.proposal).toMatchObject({ tool: 'create_entity', status: 'pending', tier: 2, description: 'Add note “Gate code”' });
    expect((await t.services.store.listEntities({ types: ['note'] })).some((n) => n.name === 'Gate code')).toBe(false);
    const done = await call('approvals.decide', { proposalId: reply.proposal?.id ?? '', decision: 'approve' });
    expect(done.status).toBe('executed');
    expect((await t.services.store.listEntities({ types: ['note'] })).some((n) => n.name === 'Gate code')).toBe(true);
    const kinds = (await call('audit.list', { proposalId: done.id })).map((e) => e.kind);
    expect(kinds).toEqual(['execution', 'decision', 'proposal']);
  });

  it('a proposal that cannot be prepared keeps the text and says why', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    server.scriptChat({ kind: 'stream', tokens: ['Linking them.'], toolCalls: [{ id: 'c1', name: 'create_relationship', arguments: JSON.stringify({ from_entity_id: 'No Such Thing', to_entity_id: 'Kitchen', relationship_type: 'located_in' }) }] });
    t = await createTestServices();
    await call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'm', apiKey: 'sk-test-aaaaaaaaaaaaaaaa' } });
    const { reply } = await call('chat.send', { text: 'put the thing in the kitchen' });
    expect(reply.response).toBe('Linking them.');
    expect(reply.proposal).toBeNull();
    expect(reply.notice).toMatch(/could not be prepared/);
  });
});
