// Conversation, message, reply-envelope, approval and audit shapes: what the desktop shows and what the home server's
// conversation extension syncs. Plain JSON-safe data; the contract re-exports them (src-preload/contract/views.ts).
import type { EntityType } from './entities';

export interface EntityRef {
  id: string;
  name: string;
  entity_type: EntityType;
  version: string;
}

export interface Citation {
  entity_id: string;
  version: string;
  name: string;
  entity_type: EntityType;
}

export interface ToolCallRecord {
  name: string;
  arguments: Record<string, unknown>;
  tier: 1 | 2 | 3;
  ok: boolean;
  summary: string;
  /** How long the tool ran (the telemetry panel's "tools" timing); absent in records from before it was measured. */
  duration_ms?: number;
}

/** Every assistant message carries this (ARCHITECTURE.md "Reply envelope"). */
export interface ReplyEnvelope {
  response: string;
  conversation_id: string;
  message_id: string;
  mode: 'local' | 'remote';
  provider: string;
  model: string | null;
  service_status: string;
  fallback_reason: string | null;
  notice: string | null;
  processing_time_ms: number;
  first_token_ms: number | null;
  citations: Citation[];
  tool_calls: ToolCallRecord[];
  freshness: { synced_at: string | null; source: string; label: string };
  /** A proposed change to the home waiting for the user's decision (control requests). */
  proposal: ActionProposalView | null;
  /** Answers to a question the reply asked ("which one?"), shown as buttons that send the choice. */
  choices?: string[];
  correlation_id: string;
}

export type ProposalStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'executed' | 'failed' | 'needs_reapproval';

/** An action card: what would change, how risky it is, and what happened after the decision. */
export interface ActionProposalView {
  id: string;
  conversation_id: string | null;
  /** Human sentence, e.g. "Turn off 3 lights in the Kitchen: Ceiling Light, Pendant, Under-cabinet Strip". */
  description: string;
  /** 1 read-only, 2 reversible write (one click, may be remembered), 3 security/safety (confirm every time). */
  tier: 1 | 2 | 3;
  tool: string;
  targets: EntityRef[];
  /** The exact `update_entity` arguments per target. */
  changes: Array<{
    entity_id: string;
    entity_name: string;
    base_version: string;
    changes: { name?: string; content?: Record<string, unknown> };
    /** `content.state` of the base version, so the card can say what actually changes ("is now off"). */
    before_state?: Record<string, unknown>;
  }>;
  status: ProposalStatus;
  /** Only tier-2 state changes may be remembered, as a narrow rule (entity, keys, values); never renames or rewrites. */
  can_remember: boolean;
  /** Set when a remembered rule approved it without a click: the card says so and offers to revoke the rule. */
  approved_by_rule: { id: string; description: string } | null;
  /** The fresh proposal that replaced this one after a target changed (`needs_reapproval`). */
  replaced_by: string | null;
  created_at: string;
  expires_at: string;
  /** `intent-engine`, or a model name. */
  proposer: string;
  decided_by: string | null;
  result: { new_versions: Array<{ entity_id: string; version: string }>; error: string | null } | null;
}

export type AuditKind = 'proposal' | 'decision' | 'execution' | 'failure' | 'import' | 'rule';

/** A remembered "always allow": exactly these state keys and values on this entity, nothing else. */
export interface ApprovalRuleView {
  id: string;
  tool: string;
  entity_id: string;
  entity_name: string;
  allowed: Record<string, Array<string | number | boolean | null>>;
  /** "Porch Light: power on/off". */
  description: string;
  created_by: string;
  created_at: string;
}

export interface AuditEntryView {
  id: string;
  at: string;
  kind: AuditKind;
  correlation_id: string;
  proposal_id: string | null;
  /** Who acted: the user id for decisions, the proposer for proposals, `app` for executions. */
  actor: string;
  proposer: string | null;
  tool: string | null;
  arguments: unknown;
  result: unknown;
  message: string;
}

export interface Conversation {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  /** Every stored message, all branches (a maintained column, not a count per query). */
  message_count: number;
  pinned: boolean;
  archived: boolean;
  /** The conversation's own persona/system prompt, used instead of the household persona (absent: the default). */
  system_prompt?: string;
  /** The conversation's own remote model (absent: the model in Settings). */
  model?: string;
}

export interface ChatMessage {
  id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  text: string;
  created_at: string;
  /** Present on assistant messages. */
  envelope?: ReplyEnvelope;
  /** The message this one follows (null for a conversation's first question). Messages form a tree: an edited
   *  question or a regenerated reply is a sibling sharing the parent. */
  parent_id?: string | null;
  /** Ids of this message and its siblings of the same role, oldest first (versions / branches), when there are several. */
  siblings?: string[];
}

/** One page of the active branch, newest page first; the messages of a page are oldest first (reading order). */
export interface MessagePage {
  conversation_id: string;
  messages: ChatMessage[];
  /** Pass as `cursor` to get the page before this one; null at the start of the conversation. */
  next_cursor: string | null;
}

/** An entity a conversation's replies cited: a topic chip above the chat. */
export interface ConversationEntityView {
  entity_id: string;
  name: string;
  entity_type: EntityType;
  /** How many replies cited it (all branches and versions). */
  mentions: number;
  last_mentioned_at: string;
}

export interface MessageSearchHit {
  message_id: string;
  conversation_id: string;
  conversation_title: string;
  role: 'user' | 'assistant';
  created_at: string;
  /** A short excerpt around the first match: `hit` parts are the matched words. */
  snippet: Array<{ text: string; hit: boolean }>;
}
