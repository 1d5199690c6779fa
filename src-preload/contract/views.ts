// Shapes of what main returns to the renderer (and the CLI / browser mode). Plain data, JSON-safe.
import type { Entity, EntityType, Relationship, RelationshipType } from '../../src-shared/protocol/entities';
import type { EntityRef } from '../../src-shared/protocol/conversationViews';

// Conversation, message, reply-envelope, approval and audit shapes live in src-shared so the home server shares them.
export type {
  EntityRef,
  Citation,
  ToolCallRecord,
  ReplyEnvelope,
  ProposalStatus,
  ActionProposalView,
  AuditKind,
  ApprovalRuleView,
  AuditEntryView,
  Conversation,
  ChatMessage,
  MessagePage,
  MessageSearchHit,
  ConversationEntityView,
} from '../../src-shared/protocol/conversationViews';

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

/**
 * One entity's place in the home browser tree, for applying a change by id: the entity as the tree shows it (a
 * device with its state), or null when it is gone (or not visible to the asker), and the zones/rooms it is placed in.
 */
export interface TreeEntryView {
  id: string;
  entity: DeviceSummary | null;
  parentIds: string[];
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
  llm: {
    mode: LlmMode;
    remote: ServiceState;
    local: ServiceState;
    breaker?: 'closed' | 'open' | 'half_open';
    /** While the remote circuit is open: when it tries the remote model again (ISO time), for "retrying in 42 s". */
    nextProbeAt?: string;
    notice?: string;
  };
  graph: { entityCount: number; relationshipCount: number; pendingCount: number; source: string; syncedAt?: string };
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
  user: { id: string; role: 'admin' | 'user' | 'guest' };
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
