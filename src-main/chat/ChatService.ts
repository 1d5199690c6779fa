// One chat turn: store the question, walk the answer path (commands → engines → honest fallback), store the reply
// with its envelope, and push both to the UI.
import { randomUUID } from 'node:crypto';
import type { ChatMessage, Conversation, ReplyEnvelope } from '../../src-preload/contract';
import type { EventBus } from '../api/EventBus';
import type { Responder, ResponderAnswer, ResponderContext } from './Responder';
import type { SqliteConversationStore } from './SqliteConversationStore';
import { DEFAULT_CONVERSATION_TITLE } from './SqliteConversationStore';

export interface ChatServiceDeps {
  conversations: SqliteConversationStore;
  /** Tried in order; the last one must always answer. */
  responders: readonly Responder[];
  events: EventBus;
  user: () => { id: string; role: 'admin' | 'guest' };
  freshness: () => Promise<ResponderContext['freshness']>;
  serviceStatus: () => Promise<string>;
  nowMs?: () => number;
}

export interface ChatTurn {
  conversation: Conversation;
  userMessage: ChatMessage;
  reply: ReplyEnvelope;
}

const TITLE_CHARS = 60;

export class ChatService {
  private readonly nowMs: () => number;

  constructor(private readonly deps: ChatServiceDeps) {
    this.nowMs = deps.nowMs ?? (() => performance.now());
  }

  async send(input: { conversationId?: string; text: string }, correlationId: string): Promise<ChatTurn> {
    const started = this.nowMs();
    const { conversations, events } = this.deps;
    let conversation = input.conversationId ? conversations.get(input.conversationId) : conversations.create(titleFrom(input.text));
    if (conversation.title === DEFAULT_CONVERSATION_TITLE && conversation.message_count === 0) {
      conversation = conversations.rename(conversation.id, titleFrom(input.text));
    }
    const userMessage = conversations.append({ conversationId: conversation.id, role: 'user', text: input.text });
    events.publish('chat.didAppendMessage', userMessage);

    const user = this.deps.user();
    const context: ResponderContext = {
      role: user.role,
      userId: user.id,
      conversationId: conversation.id,
      correlationId,
      freshness: await this.deps.freshness(),
    };
    const answer = await this.answer(input.text, context);
    const messageId = randomUUID();
    events.publish('chat.didStreamDelta', { conversation_id: conversation.id, message_id: messageId, delta: answer.text });
    const reply: ReplyEnvelope = {
      response: answer.text,
      conversation_id: conversation.id,
      message_id: messageId,
      mode: 'local',
      provider: answer.provider,
      model: answer.model,
      service_status: await this.deps.serviceStatus(),
      fallback_reason: null,
      notice: answer.notice ?? null,
      processing_time_ms: Math.round((this.nowMs() - started) * 100) / 100,
      first_token_ms: null,
      citations: answer.citations,
      tool_calls: answer.tool_calls,
      freshness: context.freshness,
      proposal: answer.proposal,
      correlation_id: correlationId,
    };
    const assistantMessage = conversations.append({ conversationId: conversation.id, role: 'assistant', text: answer.text, id: messageId, envelope: reply });
    events.publish('chat.didAppendMessage', assistantMessage);
    return { conversation: conversations.get(conversation.id), userMessage, reply };
  }

  private async answer(text: string, context: ResponderContext): Promise<ResponderAnswer> {
    for (const responder of this.deps.responders) {
      const answer = await responder.respond(text, context);
      if (answer) return answer;
    }
    throw new Error('The answer path has no final responder');
  }
}

function titleFrom(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > TITLE_CHARS ? `${line.slice(0, TITLE_CHARS - 1)}…` : line || DEFAULT_CONVERSATION_TITLE;
}
