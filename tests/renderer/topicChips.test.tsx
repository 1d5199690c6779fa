// Topic chips above the chat: the store loads the open conversation's cited entities, reloads only for a reply with
// sources in that conversation, never lets a slow answer for another conversation land, and the strip renders chips
// that open the entity (and nothing at all when there are none).
import * as React from 'react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, ConversationEntityView } from '../../src-preload/contract';
import type { Call } from '../../src-renderer/bridge/createCall';
import { TopicChips } from '../../src-renderer/features/chat/TopicChips';
import { createTopicsStore } from '../../src-renderer/features/chat/topicsStore';

const entity = (id: string, name: string): ConversationEntityView => ({ entity_id: id, name, entity_type: 'room', mentions: 1, last_mentioned_at: '2026-01-01T00:00:00Z' });
const reply = (conversationId: string, citations: number): ChatMessage => ({
  id: `m-${conversationId}`, conversation_id: conversationId, role: 'assistant', text: 'x', created_at: '2026-01-01T00:00:00Z',
  envelope: { citations: Array.from({ length: citations }, (_, i) => ({ entity_id: `e${i}`, version: 'v', name: 'n', entity_type: 'room' })) } as unknown as ChatMessage['envelope'],
});

/** A bridge whose answers the test releases one by one, to order them as a slow network would. */
function deferredCall() {
  const asked: Array<{ conversationId: string; resolve(v: ConversationEntityView[]): void }> = [];
  const call = ((name: string, args: { conversationId: string }) => {
    expect(name).toBe('chat.getConversationEntities');
    return new Promise<ConversationEntityView[]>((resolve) => asked.push({ conversationId: args.conversationId, resolve }));
  }) as unknown as Call;
  return { call, asked };
}

describe('topics store', () => {
  it('loads per conversation, ignores a stale answer, and reloads only for a cited reply in the open conversation', async () => {
    const { call, asked } = deferredCall();
    const topics = createTopicsStore(call);
    const slow = topics.getState().load('c1');
    const fast = topics.getState().load('c2');
    asked[1]?.resolve([entity('k', 'Kitchen')]);
    await fast;
    asked[0]?.resolve([entity('s', 'Study')]);
    await slow;
    expect(topics.getState()).toMatchObject({ conversationId: 'c2', entities: [entity('k', 'Kitchen')] });

    topics.getState().onMessage(reply('c1', 2)); // another conversation
    topics.getState().onMessage(reply('c2', 0)); // no sources
    topics.getState().onMessage({ ...reply('c2', 1), role: 'user' });
    expect(asked).toHaveLength(2);
    topics.getState().onMessage(reply('c2', 1));
    expect(asked.map((a) => a.conversationId)).toEqual(['c1', 'c2', 'c2']);
    asked[2]?.resolve([entity('k', 'Kitchen'), entity('h', 'Hallway')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(topics.getState().entities.map((e) => e.name)).toEqual(['Kitchen', 'Hallway']);
  });

  it('clears the chips when no conversation is open', async () => {
    const { call, asked } = deferredCall();
    const topics = createTopicsStore(call);
    const loading = topics.getState().load('c1');
    asked[0]?.resolve([entity('k', 'Kitchen')]);
    await loading;
    await topics.getState().load(null);
    expect(topics.getState()).toMatchObject({ conversationId: null, entities: [] });
  });
});

describe('topic strip', () => {
  // The unit-test transform compiles JSX to React.createElement (the app's build uses the automatic runtime).
  (globalThis as { React?: typeof React }).React = React;
  const render = async (entities: ConversationEntityView[]) => renderToStaticMarkup(createElement(TopicChips, { entities, onOpenEntity: () => {} }));

  it('shows one chip per entity, each naming what it opens', async () => {
    const html = await render([entity('k', 'Kitchen'), entity('s', 'Study')]);
    expect(html).toContain('aria-label="Topics in this conversation"');
    expect(html.match(/data-testid="topic-chip"/g)).toHaveLength(2);
    expect(html).toContain('data-entity-id="k"');
    expect(html).toContain('title="Open Study in the home browser"');
  });

  it('renders nothing for a conversation without cited entities', async () => {
    expect(await render([])).toBe('');
  });
});
