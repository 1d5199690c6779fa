// A step of the answer path that may answer a chat turn. The deterministic intent engine, the LLM router and the
// honest "can't answer" fallback each implement it; the chat service tries them in order.
import type { ActionProposalView, Citation, ToolCallRecord } from '../../src-preload/contract';
import type { TurnLogger } from './TurnLogger';

export interface ResponderContext {
  role: 'admin' | 'user' | 'guest';
  userId: string;
  conversationId: string;
  correlationId: string;
  /** How fresh the local graph is, for answers that state device state. */
  freshness: { synced_at: string | null; source: string; label: string };
  /** The id the assistant message will have, so streamed deltas can be matched to it. */
  messageId: string;
  /** Aborted when the user presses Stop. */
  signal: AbortSignal;
  /** Streams part of the reply to the UI as it is produced. */
  onDelta: (text: string) => void;
  /** "Continue locally": this turn uses the local model whatever the mode. */
  forceMode?: 'local';
  /** The turn's logger: every line carries `correlationId`. */
  log?: TurnLogger;
}

export interface ResponderAnswer {
  text: string;
  citations: Citation[];
  tool_calls: ToolCallRecord[];
  proposal: ActionProposalView | null;
  /** Which engine produced it, e.g. `intent-engine`. */
  provider: string;
  /** The matched intent or model, for the envelope and the audit log. */
  model: string | null;
  notice?: string | null;
  /** Set by engines that run remotely or fail over (LLM router). Defaults: mode local, no fallback. */
  mode?: 'local' | 'remote';
  fallback_reason?: string | null;
  first_token_ms?: number | null;
  /** The reply was cut short (stream dropped or Stop pressed); the text is what was produced. */
  interrupted?: boolean;
  /** Answers the user can click instead of typing (a "which one?" question); each is sent as the next message. */
  choices?: string[];
}

export interface Responder {
  /** Returns undefined to decline (the next responder in the path gets the turn). */
  respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined>;
}
