// One chat turn: store the question, walk the answer path (commands → engines → honest fallback), store the reply
// with its envelope, and push both to the UI.
import { randomUUID } from 'node:crypto';
import type { ChatMessage, Conversation, ReplyEnvelope } from '../../src-preload/contract';
import type { EventBus } from '../api/EventBus';
import { AppError } from '../../src-shared/errors';
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
  /** In-flight turns by conversation, so Stop can abort the real work. */
  private readonly inFlight = new Map<string, AbortController>();

  constructor(private readonly deps: ChatServiceDeps) {
    this.nowMs = deps.nowMs ?? (() => performance.now());
  }

  /** `editOf`: the question this one replaces; the new question starts a branch beside it (same parent). */
  async send(input: { conversationId?: string; text: string; editOf?: string }, correlationId: string): Promise<ChatTurn> {
    const started = this.nowMs();
    const { conversations, events } = this.deps;
    let conversation = input.conversationId ? conversations.get(input.conversationId) : conversations.create(titleFrom(input.text));
    if (conversation.title === DEFAULT_CONVERSATION_TITLE && conversation.message_count === 0) {
      conversation = conversations.rename(conversation.id, titleFrom(input.text));
    }
    const edited = input.editOf ? conversations.message(conversation.id, input.editOf) : undefined;
    if (edited && edited.role !== 'user') throw new AppError('validation', 'Only a question can be edited.');
    const userMessage = conversations.append({ conversationId: conversation.id, role: 'user', text: input.text, ...(edited ? { parentId: edited.parent_id ?? null } : {}) });
    events.publish('chat.didAppendMessage', userMessage);
    const reply = await this.reply(conversation.id, input.text, correlationId, started, undefined, userMessage.id);
    return { conversation: conversations.get(conversation.id), userMessage, reply };
  }

  /**
   * Answers a question again as a new version of its reply (a sibling: the old version stays). `messageId` names the
   * reply to redo; default: the last question of the active branch. "local" continues with the local model.
   */
  async regenerate(input: { conversationId: string; mode?: 'local'; messageId?: string }, correlationId: string): Promise<ChatTurn> {
    const started = this.nowMs();
    const { conversations } = this.deps;
    const named = input.messageId ? conversations.message(input.conversationId, input.messageId) : undefined;
    const lastQuestion = named
      ? named.role === 'user' ? named : named.parent_id ? conversations.message(input.conversationId, named.parent_id) : undefined
      : conversations.page(input.conversationId, { limit: 3 }).messages.filter((m) => m.role === 'user').at(-1);
    if (!lastQuestion) throw new AppError('not_found', 'There is no question in this conversation to answer again.');
    // The model's history follows the active branch: point it at the question being answered.
    conversations.setActiveLeaf(input.conversationId, lastQuestion.id);
    const reply = await this.reply(input.conversationId, lastQuestion.text, correlationId, started, input.mode, lastQuestion.id);
    return { conversation: this.deps.conversations.get(input.conversationId), userMessage: lastQuestion, reply };
  }

  private async reply(conversationId: string, text: string, correlationId: string, started: number, forceMode: 'local' | undefined, questionId: string): Promise<ReplyEnvelope> {
    const { conversations, events } = this.deps;
    const user = this.deps.user();
    const messageId = randomUUID();
    const controller = new AbortController();
    this.inFlight.get(conversationId)?.abort();
    this.inFlight.set(conversationId, controller);
    let streamed = false;
    const context: ResponderContext = {
      role: user.role,
      userId: user.id,
      conversationId,
      correlationId,
      freshness: await this.deps.freshness(),
      messageId,
      signal: controller.signal,
      onDelta: (delta) => {
        streamed = true;
        events.publish('chat.didStreamDelta', { conversation_id: conversationId, message_id: messageId, delta });
      },
      ...(forceMode ? { forceMode } : {}),
    };
    let answer: ResponderAnswer;
    try {
      answer = await this.answer(text, context);
    } finally {
      if (this.inFlight.get(conversationId) === controller) this.inFlight.delete(conversationId);
    }
    if (!streamed) context.onDelta(answer.text);
    const reply: ReplyEnvelope = {
      response: answer.text,
      conversation_id: conversationId,
      message_id: messageId,
      mode: answer.mode ?? 'local',
      provider: answer.provider,
      model: answer.model,
      service_status: await this.deps.serviceStatus(),
      fallback_reason: answer.fallback_reason ?? null,
      notice: answer.notice ?? (answer.interrupted ? 'The reply was interrupted; what arrived is kept.' : null),
      processing_time_ms: Math.round((this.nowMs() - started) * 100) / 100,
      first_token_ms: answer.first_token_ms ?? null,
      citations: answer.citations,
      tool_calls: answer.tool_calls,
      freshness: context.freshness,
      proposal: answer.proposal,
      correlation_id: correlationId,
    };
    const assistantMessage = conversations.append({ conversationId, role: 'assistant', text: answer.text, id: messageId, envelope: reply, parentId: questionId });
    events.publish('chat.didAppendMessage', assistantMessage);
    return reply;
  }

  /** Stops the turn in progress in a conversation (the real work is aborted; partial text is kept). */
  stop(conversationId: string): boolean {
    const controller = this.inFlight.get(conversationId);
    if (!controller) return false;
    controller.abort();
    return true;
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
