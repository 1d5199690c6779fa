// "New" clicked right after the app opens: the list of conversations may arrive after the click, and the question typed
// next may be sent before main has made the new conversation. Regression: the start-up selection of the latest
// conversation won that race, the question went into the old conversation and the new one showed empty.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src-preload/contract';
import type { Call } from '../../src-renderer/bridge/createCall';
import { createConversationsStore } from '../../src-renderer/features/conversations/conversationsStore';

function conversation(id: string, updated: string): Conversation {
  return { id, title: id, created_at: updated, updated_at: updated, message_count: 0, pinned: false, archived: false };
}

/** A main process whose answers arrive when the test releases them, in the order it chooses. */
function heldCalls() {
  const held = new Map<string, Array<() => void>>();
  let made = 0;
  const answers: Record<string, () => unknown> = {
    'chat.listConversations': () => [conversation('old', '2026-12-01T10:00:00Z')],
    'chat.createConversation': () => conversation(`new-${++made}`, '2026-12-03T10:00:00Z'),
  };
  const call = ((name: string) =>
    new Promise((resolve) => {
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected call ${name}`);
      held.set(name, [...(held.get(name) ?? []), () => resolve(answer())]);
    })) as unknown as Call;
  const release = async (name: string) => {
    for (const resolve of held.get(name) ?? []) resolve();
    held.delete(name);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { call, release, made: () => made };
}

describe('a new conversation started while the app is still loading', () => {
  it('is not replaced by the latest conversation when the list arrives after the click', async () => {
    const main = heldCalls();
    const store = createConversationsStore(main.call);
    const loading = store.getState().load();
    const creating = store.getState().create();
    expect(store.getState().selectedId).toBeNull();

    await main.release('chat.listConversations');
    await loading;
    store.getState().selectLatestUnlessChosen();
    expect(store.getState().selectedId).toBeNull();

    await main.release('chat.createConversation');
    expect((await creating)?.id).toBe('new-1');
    expect(store.getState().selectedId).toBe('new-1');
  });

  it('gives a question sent before main answers the same conversation, made once', async () => {
    const main = heldCalls();
    const store = createConversationsStore(main.call);
    const clicked = store.getState().create();
    const forTheQuestion = store.getState().create();
    await main.release('chat.createConversation');
    expect((await clicked)?.id).toBe('new-1');
    expect((await forTheQuestion)?.id).toBe('new-1');
    expect(main.made()).toBe(1);
    // Once made, the next "New" is a new conversation again.
    const next = store.getState().create();
    await main.release('chat.createConversation');
    expect((await next)?.id).toBe('new-2');
  });

  it('still opens the latest conversation on start when nothing was chosen', async () => {
    const main = heldCalls();
    const store = createConversationsStore(main.call);
    const loading = store.getState().load();
    await main.release('chat.listConversations');
    await loading;
    store.getState().selectLatestUnlessChosen();
    expect(store.getState().selectedId).toBe('old');
  });

  it('keeps a conversation the person opened while the new one was being made', async () => {
    const main = heldCalls();
    const store = createConversationsStore(main.call);
    const creating = store.getState().create();
    store.getState().select('old');
    await main.release('chat.createConversation');
    await creating;
    expect(store.getState().selectedId).toBe('old');
  });
});
