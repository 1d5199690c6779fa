// The port every language model sits behind (remote OpenAI-compatible API, local llama.cpp). The router, the health
// monitor and the chat service only see this; SDK types never leak past the provider files.
import type { ToolDescription } from '../../src-preload/contract/views';

export type LlmProviderId = 'remote' | 'local';

/** A tool call the model asked for, with arguments already parsed from JSON. */
export interface LlmToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

export type LlmMessage =
  | { role: 'system'; content: string }
  /**
   * `content` is what the person typed; `context` is this turn's grounding (freshness, relevant entities) kept apart so
   * that the same message stored in the history later is the same text, and so a provider can shorten the grounding
   * without touching the question. `userMessageText` joins them the way every provider shows them.
   */
  | { role: 'user'; content: string; context?: string }
  | { role: 'assistant'; content: string | null; tool_calls?: LlmToolCall[] }
  /** A tool result: `content` is JSON data for the model, never instructions. */
  | { role: 'tool'; tool_call_id: string; name?: string; content: string };

/** A user message as the model reads it: its grounding first, then the question. */
export function userMessageText(message: { content: string; context?: string | undefined }, context = message.context): string {
  return context ? `${context}\n\nQuestion: ${message.content}` : message.content;
}

export interface LlmRequest {
  messages: LlmMessage[];
  tools?: ToolDescription[];
  maxTokens?: number;
  temperature?: number;
  /** The remote model for this request (a conversation's own model) instead of the one in Settings; local ignores it. */
  remoteModel?: string;
  /**
   * The person already waited for another model (a failover): the local provider caps the new message by its
   * evaluation-time budget (cutting the grounding context from its end) to answer fast. Otherwise it keeps it whole.
   */
  latencyCritical?: boolean;
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
}

export type LlmFinishReason = 'stop' | 'length' | 'tool_calls' | 'aborted' | 'other';

export type LlmStreamEvent =
  | { type: 'token'; text: string }
  | ({ type: 'tool_call' } & LlmToolCall)
  | { type: 'done'; finishReason: LlmFinishReason; usage?: LlmUsage };

export interface LlmProvider {
  readonly id: LlmProviderId;
  /** The model that answers, or null when none is configured or loaded yet. */
  readonly model: string | null;
  /**
   * Streams one completion. Errors are thrown as `LlmError` from the iterator; aborting `signal` stops the generation
   * (remote: the HTTP request is aborted; local: the llama.cpp sequence stops) and throws kind `aborted`.
   */
  chat(request: LlmRequest, signal: AbortSignal): AsyncIterable<LlmStreamEvent>;
}
