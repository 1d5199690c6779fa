// One chat turn: store the question, walk the answer path (commands → engines → honest fallback), store the reply
// with its envelope, and push both to the UI. Turns in one conversation run one after another (a send from another
// window or client waits its turn instead of aborting the running one); only Stop cancels, and Stop returns once the
// stopped turn has settled and its partial reply is stored.
import { randomUUID } from 'node:crypto';
import type { ChatMessage, Conversation, ReplyEnvelope } from '../../src-preload/contract';
import type { EventBus } from '../api/EventBus';
import { AppError, toAppErrorShape } from '../../src-shared/errors';
import type { TurnObserver } from '../telemetry/TurnTelemetry';
import type { Responder, ResponderAnswer, ResponderContext } from './Responder';
import type { SqliteConversationStore } from './SqliteConversationStore';
import { bindTurnLogger, type TurnLogSink } from './TurnLogger';
import { DEFAULT_CONVERSATION_TITLE } from './SqliteConversationStore';

export interface ChatServiceDeps {
  conversations: SqliteConversationStore;
  /** Tried in order; the last one must always answer. */
  responders: readonly Responder[];
  events: EventBus;
  user: () => { id: string; role: 'admin' | 'user' | 'guest' };
  freshness: () => Promise<ResponderContext['freshness']>;
  serviceStatus: () => Promise<string>;
  /** Where turns write log lines; each line is bound to its turn's correlation id. */
  turnLog?: TurnLogSink;
  /** Told the timings of every turn (the telemetry panel); nothing of the text. */
  observer?: TurnObserver;
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
  /** The running turn of each conversation, so Stop can abort the real work and wait for it. */
  private readonly running = new Map<string, { controller: AbortController; settled: Promise<unknown> }>();
  /** The tail of each conversation's queue of turns. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: ChatServiceDeps) {
    this.nowMs = deps.nowMs ?? (() => performance.now());
  }

  /** `editOf`: the question this one replaces; the new question starts a branch beside it (same parent). */
  async send(input: { conversationId?: string; text: string; editOf?: string }, correlationId: string): Promise<ChatTurn> {
    const started = this.nowMs();
    const { conversations, events } = this.deps;
    const conversationId = input.conversationId ?? conversations.create(titleFrom(input.text)).id;
    return this.enqueue(conversationId, async () => {
      let conversation = conversations.get(conversationId);
      if (conversation.title === DEFAULT_CONVERSATION_TITLE && conversation.message_count === 0) {
        conversation = conversations.rename(conversation.id, titleFrom(input.text));
      }
      const edited = input.editOf ? conversations.message(conversationId, input.editOf) : undefined;
      if (edited && edited.role !== 'user') throw new AppError('validation', 'Only a question can be edited.');
      const userMessage = conversations.append({ conversationId, role: 'user', text: input.text, ...(edited ? { parentId: edited.parent_id ?? null } : {}) });
      events.publish('chat.didAppendMessage', { ...userMessage, correlation_id: correlationId });
      const reply = await this.reply(conversationId, input.text, correlationId, started, undefined, userMessage.id);
      return { conversation: conversations.get(conversationId), userMessage, reply };
    });
  }

  /**
   * Answers a question again as a new version of its reply (a sibling: the old version stays). `messageId` names the
   * reply to redo; default: the last question of the active branch. "local" continues with the local model.
   */
  async regenerate(input: { conversationId: string; mode?: 'local'; messageId?: string }, correlationId: string): Promise<ChatTurn> {
    const started = this.nowMs();
    const { conversations } = this.deps;
    return this.enqueue(input.conversationId, async () => {
      const named = input.messageId ? conversations.message(input.conversationId, input.messageId) : undefined;
      const lastQuestion = named
        ? named.role === 'user' ? named : named.parent_id ? conversations.message(input.conversationId, named.parent_id) : undefined
        : conversations.page(input.conversationId, { limit: 3 }).messages.filter((m) => m.role === 'user').at(-1);
      if (!lastQuestion) throw new AppError('not_found', 'There is no question in this conversation to answer again.');
      // The model's history follows the active branch: point it at the question being answered.
      conversations.setActiveLeaf(input.conversationId, lastQuestion.id);
      const reply = await this.reply(input.conversationId, lastQuestion.text, correlationId, started, input.mode, lastQuestion.id);
      return { conversation: conversations.get(input.conversationId), userMessage: lastQuestion, reply };
    });
  }

  /** Stops the running turn of a conversation and resolves once it has settled (its partial reply is stored). */
  async stop(conversationId: string): Promise<boolean> {
    const turn = this.running.get(conversationId);
    if (!turn) return false;
    turn.controller.abort();
    await turn.settled;
    return true;
  }

  private enqueue<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.catch(() => undefined);
    this.queues.set(conversationId, tail);
    void tail.then(() => {
      if (this.queues.get(conversationId) === tail) this.queues.delete(conversationId);
    });
    return result;
  }

  private async reply(conversationId: string, text: string, correlationId: string, started: number, forceMode: 'local' | undefined, questionId: string): Promise<ReplyEnvelope> {
    const messageId = randomUUID();
    const controller = new AbortController();
    let settle!: () => void;
    this.running.set(conversationId, { controller, settled: new Promise<void>((resolve) => (settle = resolve)) });
    try {
      return await this.answerAndStore(conversationId, text, correlationId, started, messageId, controller, forceMode, questionId);
    } finally {
      this.running.delete(conversationId);
      settle();
    }
  }

  private async answerAndStore(
    conversationId: string,
    text: string,
    correlationId: string,
    started: number,
    messageId: string,
    controller: AbortController,
    forceMode: 'local' | undefined,
    questionId: string,
  ): Promise<ReplyEnvelope> {
    const { conversations, events } = this.deps;
    const user = this.deps.user();
    const log = bindTurnLogger(this.deps.turnLog, correlationId);
    log.info('turn started', { conversation_id: conversationId, message_id: messageId, ...(forceMode ? { forced_mode: forceMode } : {}) });
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
        if (controller.signal.aborted) return; // frozen at Stop: late output is not shown
        streamed = true;
        events.publish('chat.didStreamDelta', { conversation_id: conversationId, message_id: messageId, delta, correlation_id: correlationId });
      },
      ...(forceMode ? { forceMode } : {}),
      log,
    };
    let answer: ResponderAnswer;
    try {
      answer = await this.answer(text, context);
    } catch (error) {
      log.error('turn failed', { error: error instanceof Error ? error.message : String(error) });
      this.deps.observer?.turnFailed({ correlationId, totalMs: this.nowMs() - started, errorType: toAppErrorShape(error, correlationId).type });
      throw error;
    }
    if (!streamed && answer.text) {
      events.publish('chat.didStreamDelta', { conversation_id: conversationId, message_id: messageId, delta: answer.text, correlation_id: correlationId });
    }
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
      ...(answer.choices?.length ? { choices: answer.choices } : {}),
      correlation_id: correlationId,
    };
    const assistantMessage = conversations.append({ conversationId, role: 'assistant', text: answer.text, id: messageId, envelope: reply, parentId: questionId });
    events.publish('chat.didAppendMessage', { ...assistantMessage, correlation_id: correlationId });
    log.info(controller.signal.aborted ? 'turn stopped' : 'turn answered', {
      provider: reply.provider,
      model: reply.model,
      first_token_ms: reply.first_token_ms,
      processing_time_ms: reply.processing_time_ms,
      fallback_reason: reply.fallback_reason,
    });
    this.deps.observer?.turnFinished({
      correlationId,
      outcome: controller.signal.aborted ? 'stopped' : 'answered',
      provider: reply.provider,
      model: reply.model,
      firstTokenMs: reply.first_token_ms,
      totalMs: reply.processing_time_ms,
      toolCalls: reply.tool_calls,
      fallbackReason: reply.fallback_reason,
      interrupted: answer.interrupted === true,
    });
    // What was stored is what the caller sees: redacted (see SqliteConversationStore.append).
    return assistantMessage.envelope ?? reply;
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
