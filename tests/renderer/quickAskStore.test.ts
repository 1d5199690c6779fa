// The quick-ask window's state machine, over a scripted contract: Esc clears before it hides (and never hides mid
// answer), deltas of other conversations are ignored, Stop calls chat.stop once, a deleted conversation is found again.
import { describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult, ReplyEnvelope } from '../../src-preload/contract';
import { BridgeError } from '../../src-renderer/bridge/BridgeError';
import type { Call } from '../../src-renderer/bridge/createCall';
import { createQuickAskStore } from '../../src-renderer/features/quick/quickAskStore';

function reply(text: string): ReplyEnvelope {
  return {
    response: text, conversation_id: 'q1', message_id: 'm1', mode: 'local', provider: 'intent-engine', model: null, service_status: '', fallback_reason: null,
    notice: null, processing_time_ms: 1, first_token_ms: null, citations: [], tool_calls: [], freshness: { synced_at: null, source: 'demo', label: 'demo' }, proposal: null,
    correlation_id: 'c1',
  } as ReplyEnvelope;
}

function scripted(handlers: Partial<{ [K in CallName]: (args: CallArgs<K>) => Promise<CallResult<K>> }>) {
  const calls: Array<{ name: CallName; args: unknown }> = [];
  const call = (async (name: CallName, args: unknown) => {
    calls.push({ name, args });
    const handler = handlers[name] as ((a: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`unexpected call ${name}`);
    return handler(args);
  }) as Call;
  return { call, calls };
}

describe('quick-ask store', () => {
  it('Esc: clears the box and the answer first, then asks the shell to hide; browser mode shows it would have', async () => {
    const { call, calls } = scripted({
      'quickAsk.getConversation': async () => ({ id: 'q1', title: 'Quick ask', created_at: '', updated_at: '', message_count: 0, pinned: false, archived: false }),
      'chat.send': async () => ({ conversation: { id: 'q1', title: 'Quick ask', created_at: '', updated_at: '', message_count: 2, pinned: false, archived: false }, userMessage: {} as never, reply: reply('Seven devices.') }),
      'quickAsk.hide': async () => ({ hidden: false }),
    });
    const store = createQuickAskStore(call);
    store.getState().setText('what is in the kitchen?');
    await store.getState().ask();
    expect(store.getState().reply?.response).toBe('Seven devices.');
    store.getState().setText('half');
    expect(await store.getState().escape()).toBe('cleared');
    expect(store.getState()).toMatchObject({ text: '', reply: null, question: null, hiddenInBrowser: false });
    expect(await store.getState().escape()).toBe('hidden');
    expect(store.getState().hiddenInBrowser).toBe(true);
    expect(calls.filter((c) => c.name === 'quickAsk.hide')).toHaveLength(1);
    store.getState().onShown();
    expect(store.getState().hiddenInBrowser).toBe(false);
  });

  it('streams only its own conversation\'s deltas, Stop calls chat.stop once, and Esc waits while answering', async () => {
    let finish: (value: CallResult<'chat.send'>) => void = () => undefined;
    const { call, calls } = scripted({
      'quickAsk.getConversation': async () => ({ id: 'q1', title: 'Quick ask', created_at: '', updated_at: '', message_count: 0, pinned: false, archived: false }),
      'chat.send': () => new Promise((resolve) => (finish = resolve)),
      'chat.stop': async () => ({ stopped: true }),
    });
    const store = createQuickAskStore(call);
    store.getState().setText('write a poem');
    const asking = store.getState().ask();
    await new Promise((r) => setTimeout(r, 0));
    store.getState().onDelta({ conversation_id: 'q1', message_id: 'm1', delta: 'Once ' });
    store.getState().onDelta({ conversation_id: 'other', message_id: 'x', delta: 'NOISE' });
    store.getState().onDelta({ conversation_id: 'q1', message_id: 'm1', delta: 'upon' });
    expect(store.getState().streamingText).toBe('Once upon');
    expect(await store.getState().escape()).toBe('ignored');
    await store.getState().stop();
    await store.getState().stop();
    expect(calls.filter((c) => c.name === 'chat.stop')).toEqual([{ name: 'chat.stop', args: { conversationId: 'q1' } }]);
    finish({ conversation: { id: 'q1', title: 'Quick ask', created_at: '', updated_at: '', message_count: 2, pinned: false, archived: false }, userMessage: {} as never, reply: { ...reply('Once upon'), notice: 'The reply was interrupted; what arrived is kept.' } });
    await asking;
    expect(store.getState()).toMatchObject({ busy: false, stopping: false, streamingText: '' });
    expect(store.getState().reply?.notice).toMatch(/interrupted/);
  });

  it('finds the conversation again when it was deleted in the main window', async () => {
    let sends = 0;
    let gets = 0;
    const { call } = scripted({
      'quickAsk.getConversation': async () => ({ id: `q${++gets}`, title: 'Quick ask', created_at: '', updated_at: '', message_count: 0, pinned: false, archived: false }),
      'chat.send': async () => {
        sends += 1;
        if (sends === 2) throw new BridgeError({ type: 'not_found', message: 'No such conversation', retryable: false, correlation_id: 'c' });
        return { conversation: { id: 'q1', title: 'Quick ask', created_at: '', updated_at: '', message_count: 2, pinned: false, archived: false }, userMessage: {} as never, reply: reply('ok') };
      },
    });
    const store = createQuickAskStore(call);
    for (const question of ['one', 'two', 'three']) {
      store.getState().setText(question);
      await store.getState().ask();
    }
    expect(store.getState().error).toBeNull();
    expect(store.getState().conversationId).toBe('q2');
  });
});
