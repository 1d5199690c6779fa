// Shapes of what main returns to the renderer (and the CLI / browser mode). Plain data, JSON-safe.
import type { Entity, EntityType, Relationship, RelationshipType } from '../../src-shared/protocol/entities';

export interface EntityRef {
  id: string;
  name: string;
  entity_type: EntityType;
  version: string;
}

export interface DeviceSummary extends EntityRef {
  /** `content.state` if the device reports any, e.g. `{power: 'on', level: 40}`. */
  state?: Record<string, unknown>;
  /** A short kind for icons: `light`, `lock`, `thermostat`, `sensor`, … from `content.type`. */
  kind?: string;
}

export interface RoomNode extends EntityRef {
  devices: DeviceSummary[];
}

export interface ZoneNode extends EntityRef {
  rooms: RoomNode[];
}

export interface HomeTree {
  homes: EntityRef[];
  zones: ZoneNode[];
  /** Rooms that are not placed in any zone. */
  unzonedRooms: RoomNode[];
  /** Devices that are not located in any room. */
  unplacedDevices: DeviceSummary[];
  /** Everything else by type (procedures, manuals, notes, schedules, automations, apps, doors, windows). */
  others: Partial<Record<EntityType, EntityRef[]>>;
}

export interface RelatedEdge {
  relationship: Relationship;
  relationship_type: RelationshipType;
  other: EntityRef;
}

export interface EntityDetail {
  entity: Entity;
  versions: Array<Pick<Entity, 'version' | 'user_id' | 'parent_versions'>>;
  outgoing: RelatedEdge[];
  incoming: RelatedEdge[];
  procedures: Entity[];
  manuals: Entity[];
}

export interface SearchResultView {
  id: string;
  entity_type: EntityType;
  name: string;
  score: number;
  highlights: string[];
  content_preview: string;
}

export type ServiceState = 'healthy' | 'degraded' | 'offline' | 'not_configured';
export type LlmMode = 'remote' | 'local' | 'hybrid';

export interface StatusSnapshot {
  network: 'online' | 'offline';
  homeServer: { state: ServiceState; url?: string; lastSyncedAt?: string };
  llm: { mode: LlmMode; remote: ServiceState; local: ServiceState; breaker?: 'closed' | 'open' | 'half_open'; notice?: string };
  graph: { entityCount: number; relationshipCount: number; pendingCount: number; source: string; syncedAt?: string };
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
  changes: Array<{ entity_id: string; entity_name: string; base_version: string; changes: { name?: string; content?: Record<string, unknown> } }>;
  status: ProposalStatus;
  /** Only tier 2 may be remembered ("always allow this tool for this entity"). */
  can_remember: boolean;
  created_at: string;
  expires_at: string;
  /** `intent-engine`, or a model name. */
  proposer: string;
  decided_by: string | null;
  result: { new_versions: Array<{ entity_id: string; version: string }>; error: string | null } | null;
}

export type AuditKind = 'proposal' | 'decision' | 'execution' | 'failure';

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

export interface MessageSearchHit {
  message_id: string;
  conversation_id: string;
  conversation_title: string;
  role: 'user' | 'assistant';
  created_at: string;
  /** A short excerpt around the first match: `hit` parts are the matched words. */
  snippet: Array<{ text: string; hit: boolean }>;
}

export interface ToolDescription {
  name: string;
  description: string;
  tier: 1 | 2 | 3;
  /** JSON Schema of the arguments (from the zod schema). */
  parameters: Record<string, unknown>;
}

export interface AppInfo {
  version: string;
  runtime: 'electron' | 'browser';
  dataDir: string;
  user: { id: string; role: 'admin' | 'guest' };
}

/** What the settings screen shows about the language models. The API key itself never leaves main. */
export interface LlmSettingsView {
  mode: LlmMode;
  remote: { baseUrl: string | null; model: string | null; hasApiKey: boolean; apiKeyHint: string | null };
  local: { modelPath: string | null; threads: number; contextSize: number; allowWriteTools: boolean; sizeBytes: number | null };
  /** Whether secrets are encrypted by the OS keychain on this machine. */
  secretsEncrypted: boolean;
}

export interface ConnectionTestView {
  ok: boolean;
  latencyMs: number;
  models: string[];
  error: string | null;
}

export interface ModelDownloadProgressView {
  url: string;
  receivedBytes: number;
  totalBytes: number | null;
  percent: number | null;
}
