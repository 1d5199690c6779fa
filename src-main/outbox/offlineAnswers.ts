// Replay rule for `message` items: a question answered locally because the remote model was down (the reply says
// so at once). When the remote model is back the person may ask it again remotely, per `reaskWhenOnline`. A re-ask
// is a new version of the local reply (chat.regenerate on the question), so the local answer stays visible beside it.
import type { ChatMessage } from '../../src-shared/protocol/conversationViews';
import type { StatusSnapshot } from '../../src-preload/contract/views';
import type { EnqueueInput, Outbox, OutboxItem } from './Outbox';
import type { MessagePayload } from './outboxPayloads';
import type { ReaskWhenOnline } from './outboxSettings';

type LlmStatus = StatusSnapshot['llm'];

/** What re-asking needs from the chat (ChatService.regenerate). */
export interface ReaskChat {
  regenerate(input: { conversationId: string; messageId: string }, correlationId: string): Promise<{ reply: { mode: 'local' | 'remote'; message_id: string; fallback_reason: string | null } }>;
}

/** One item per question: answering it locally twice (a local regenerate) does not queue it twice. */
export function offlineAnswerId(questionId: string): string {
  return `message:${questionId}`;
}

/**
 * Pure: the queue item for a stored reply, when it is a local answer given only because the remote model failed,
 * and there is a remote model to ask later (hybrid or remote mode, one configured). Otherwise undefined.
 */
export function offlineAnswerItem(reply: ChatMessage, question: ChatMessage | undefined, llm: LlmStatus): EnqueueInput | undefined {
  const envelope = reply.envelope;
  if (reply.role !== 'assistant' || !envelope || !question || question.role !== 'user') return undefined;
  if (envelope.mode !== 'local' || !envelope.fallback_reason) return undefined;
  if (llm.mode === 'local' || llm.remote === 'not_configured') return undefined;
  const payload: MessagePayload = {
    conversation_id: reply.conversation_id,
    question_id: question.id,
    reply_id: reply.id,
    text: question.text.slice(0, 8_000),
    fallback_reason: envelope.fallback_reason.slice(0, 1_000),
    asked_at: question.created_at,
  };
  return { id: offlineAnswerId(question.id), kind: 'message', payload };
}

/** Questions answered locally that can be asked again, oldest first. */
export async function listOfflineAnswers(outbox: Outbox): Promise<OutboxItem[]> {
  return outbox.due('message', 500);
}

export interface ReaskOutcome {
  itemId: string;
  /** 'remote': answered remotely now; 'local': the remote model failed again (still queued); 'failed': parked. */
  outcome: 'remote' | 'local' | 'failed';
  replyId: string | null;
  error: string | null;
}

/** Re-asks the queued questions (all, or `ids`) one at a time; one failing never stops the rest. */
export async function reaskOfflineAnswers(outbox: Outbox, chat: ReaskChat, options: { ids?: readonly string[]; correlationId: string }): Promise<ReaskOutcome[]> {
  const wanted = options.ids ? new Set(options.ids) : undefined;
  const items = (await listOfflineAnswers(outbox)).filter((i) => !wanted || wanted.has(i.id));
  const outcomes: ReaskOutcome[] = [];
  for (const item of items) {
    const payload = item.payload as MessagePayload;
    try {
      const turn = await chat.regenerate({ conversationId: payload.conversation_id, messageId: payload.question_id }, options.correlationId);
      if (turn.reply.mode === 'remote') {
        await outbox.markDone([item.id]);
        outcomes.push({ itemId: item.id, outcome: 'remote', replyId: turn.reply.message_id, error: null });
      } else {
        const error = turn.reply.fallback_reason ?? 'answered locally again';
        await outbox.markFailed(item.id, error, { park: false });
        outcomes.push({ itemId: item.id, outcome: 'local', replyId: turn.reply.message_id, error });
      }
    } catch (error) {
      // The conversation was deleted, or the question is gone: nothing to re-ask; parked with the reason.
      const message = error instanceof Error ? error.message : String(error);
      await outbox.markFailed(item.id, message, { park: true });
      outcomes.push({ itemId: item.id, outcome: 'failed', replyId: null, error: message });
    }
  }
  return outcomes;
}

/** The remote model is reachable again: act on the setting. Returns what was re-asked ('always') or dropped ('never'). */
export async function onRemoteModelBack(outbox: Outbox, chat: ReaskChat, setting: ReaskWhenOnline, correlationId: string): Promise<{ reasked: ReaskOutcome[]; dropped: number }> {
  if (setting === 'always') return { reasked: await reaskOfflineAnswers(outbox, chat, { correlationId }), dropped: 0 };
  if (setting === 'never') {
    const items = await listOfflineAnswers(outbox);
    await outbox.markDone(items.map((i) => i.id));
    return { reasked: [], dropped: items.length };
  }
  return { reasked: [], dropped: 0 };
}
