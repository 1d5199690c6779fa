// What the composition root (services.ts) is given by each runtime and what it hands back: the shape of the core, apart
// from how it is wired, so a runtime or a test reads what it gets without reading the wiring.
import type { CallHandlers } from './api/CallHandlers';
import type { Role } from './api/callPolicy';
import type { EventBus } from './api/EventBus';
import type { ApprovalService } from './approvals/ApprovalService';
import type { AssistantFeature } from './assistant/registerAssistant';
import type { SchedulerTimers } from './assistant/ReminderScheduler';
import type { SqliteAuditLog } from './audit/SqliteAuditLog';
import type { SqliteConversationStore } from './chat/SqliteConversationStore';
import type { TurnLogSink } from './chat/TurnLogger';
import type { DesktopShell } from './desktop/DesktopShell';
import type { DesktopFeature } from './desktop/registerDesktop';
import type { SqliteGraphStore } from './graph/SqliteGraphStore';
import type { Disposable } from './lifecycle/Disposable';
import type { LlmService } from './llm/LlmService';
import type { Logger } from './logging/Logger';
import type { OutboxFeature } from './outbox/registerOutbox';
import type { SqliteOutbox } from './outbox/SqliteOutbox';
import type { StatusService } from './status/StatusService';
import type { SyncFeature } from './sync/registerSync';
import type { ToolRegistry } from './tools/ToolRegistry';

export interface MainServicesOptions {
  runtime: 'electron' | 'browser' | 'cli';
  /** Who is using this app instance (new versions are minted with it). Defaults to the OS user name. */
  userId?: string;
  role?: Role;
  /** Load the bundled demo home into an empty graph on first start (default true). */
  loadDemoHome?: boolean;
  /** Timing knobs of the model layer (tests and demos shorten the 60 s half-open wait). */
  llm?: { halfOpenAfterMs?: number; healthIntervalMs?: number; localMaxTokens?: number; modelCataloguePath?: string };
  /** Defaults to JSON lines in the data folder's logs/ (rotating); tests may pass their own. */
  logger?: Logger;
  /** The Electron shell's windows; browser mode and the CLI have none (HeadlessShell). */
  shell?: DesktopShell;

  /** Where chat turns write their log lines (each carries the turn's correlation id); none: not logged. */
  turnLog?: TurnLogSink;
  /** The household assistant's clock and timers (tests pin "now" and drive reminders with fake timers). */
  assistant?: { now?: () => number; timers?: SchedulerTimers; scheduleReminders?: boolean };
}

export interface MainServices extends Disposable {
  readonly handlers: CallHandlers;
  readonly events: EventBus;
  readonly store: SqliteGraphStore;
  readonly tools: ToolRegistry;
  readonly status: StatusService;
  readonly llm: LlmService;
  readonly logger: Logger;
  readonly desktop: DesktopFeature;
  readonly assistant: AssistantFeature;
  readonly outbox: SqliteOutbox;
  readonly sync: SyncFeature;
  /** Conversations and messages (sync tests write and read them directly). */
  readonly conversations: SqliteConversationStore;
  /** The outbox's handlers and `revalidatePendingActions` (the sync engine calls it after a pull). */
  readonly outboxFeature: OutboxFeature;
  /** The approval gate and its audit log (sync tests decide on one client and read on another). */
  readonly approvals: ApprovalService;
  readonly audit: SqliteAuditLog;
}

export const DATABASE_FILE = 'goodies.db';
