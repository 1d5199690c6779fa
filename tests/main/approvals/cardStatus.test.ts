// Issue 8, finding 6: action cards reverted to "pending" after a reload because the message kept the card as it was
// when the reply was written. Messages are now read with the proposal's current status.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { ChatMessage, ReplyEnvelope } from '../../../src-preload/contract';
import { createTestServices, type TestServices } from '../../support/createTestServices';

describe('action card status survives a reload', () => {
  let t: TestServices;
  beforeEach(async () => {
    t = await createTestServices();
  });
  afterEach(() => t.cleanup());
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const result = await dispatchCall(t.services.handlers, name, args, 'test');
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };

  it('a done card still says done when the conversation is read again, with what changed', async () => {
    const turn = await call<{ conversation: { id: string }; reply: ReplyEnvelope }>('chat.send', { text: 'turn off the kitchen lights' });
    const proposal = turn.reply.proposal;
    expect(proposal?.status).toBe('pending');
    await call('approvals.decide', { proposalId: proposal?.id, decision: 'approve' });
    const messages = await call<ChatMessage[]>('chat.getMessages', { conversationId: turn.conversation.id });
    const card = messages.find((m) => m.envelope?.proposal)?.envelope?.proposal;
    expect(card?.status).toBe('executed');
    expect(card?.changes[0]?.before_state).toMatchObject({ power: 'on' });
  });
});
