// Every call the renderer (or a browser-mode client) may make, declared once.
import { z } from 'zod';
import { entityTypeSchema } from '../../src-shared/protocol/entities';
import { assistantCalls } from './assistantCalls';
import { syncCalls } from './syncCalls';
import { outboxCalls } from './outboxCalls';
import { voiceCalls } from './voiceCalls';
import { telemetryCalls } from './telemetry';
import { defineCall } from './define';
import { navigationTargetSchema, type DesktopSettingsView, type LogsFolderView } from './desktop';
import type { ModelCatalogueEntry } from './telemetry';
import type {
  ActionProposalView, ApprovalRuleView, AppInfo, AuditEntryView, ChatMessage, ConnectionTestView, ConversationEntityView, LlmSettingsView, Conversation, EntityDetail, HomeTree, TreeEntryView, MessagePage, MessageSearchHit, ReplyEnvelope, SearchResultView, StatusSnapshot,
  ToolDescription,
} from './views';

/** Questions longer than this are refused with a clear error rather than truncated silently. */
export const MAX_QUESTION_CHARS = 8_000;
/** Imports larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Characters per upload chunk: even fully escaped, one chunk stays well under the WebSocket's 1 MiB frame limit. */
export const UPLOAD_CHUNK_CHARS = 200_000;

const id = z.string().min(1).max(200);
const none = z.object({}).strict();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day as YYYY-MM-DD.');

export const calls = {
  'app.getInfo': defineCall<AppInfo>()(none, 'Version, runtime, data directory and the current user.'),
  'status.get': defineCall<StatusSnapshot>()(none, 'Network, home server, LLM and graph status.'),

  'home.getTree': defineCall<HomeTree>()(none, 'Homes, zones, rooms and devices for the home browser.'),
  'home.getTreeEntries': defineCall<TreeEntryView[]>()(
    z.object({ ids: z.array(id).min(1).max(500) }).strict(),
    'The tree entries of changed entities (after home.didChange), so the home browser patches their branches instead of reloading the tree.',
  ),
  'home.getEntity': defineCall<EntityDetail>()(z.object({ id }).strict(), 'One entity with its versions and relationships.'),
  'home.search': defineCall<SearchResultView[]>()(
    z.object({ query: z.string().min(1).max(500), types: z.array(entityTypeSchema).max(12).optional(), limit: z.number().int().min(1).max(100).optional() }).strict(),
    'Full-text search over names and content.',
  ),
  'home.exportJson': defineCall<{ json: string; entityCount: number; relationshipCount: number }>()(none, 'The whole home as a JSON file (protocol format).'),
  'home.importJson': defineCall<{ entityCount: number; relationshipCount: number; mode: 'merge' | 'replace'; securityChanges: string[] }>()(
    z.object({
      json: z.string().min(2).max(MAX_IMPORT_BYTES).optional(),
      /** A file sent in chunks with home.uploadChunk (transports with a message limit). */
      uploadId: id.optional(),
      fileName: z.string().max(255).optional(),
      /** Default: replace when the graph holds only the demo home, merge otherwise. */
      mode: z.enum(['merge', 'replace']).optional(),
      /** Import even though it changes security or safety devices (the error listed them). */
      confirm: z.boolean().optional(),
    }).strict().refine((a) => (a.json === undefined) !== (a.uploadId === undefined), { message: 'give the file as json or as an uploadId' }),
    'Import a home file; all or nothing, audited; tier-3 state changes need confirm.',
  ),
  'home.uploadChunk': defineCall<{ received: number; total: number }>()(
    z.object({ uploadId: id, index: z.number().int().min(0).max(999), total: z.number().int().min(1).max(1000), data: z.string().max(UPLOAD_CHUNK_CHARS) }).strict(),
    'One chunk of a large upload (browser mode frames are limited to 1 MiB).',
  ),

  'tools.list': defineCall<ToolDescription[]>()(none, 'The graph tools with their schemas and risk tiers.'),
  'tools.run': defineCall<{ result: unknown }>()(
    z.object({ name: z.string().min(1).max(100), args: z.record(z.string(), z.unknown()) }).strict(),
    'Run a read-only graph tool. Write tools go through the approval gate instead.',
  ),

  'chat.listConversations': defineCall<Conversation[]>()(none, 'Conversations, most recent first.'),
  'chat.createConversation': defineCall<Conversation>()(z.object({ title: z.string().max(200).optional() }).strict(), 'Start a conversation.'),
  'chat.renameConversation': defineCall<Conversation>()(z.object({ id, title: z.string().min(1).max(200) }).strict(), 'Rename a conversation.'),
  'chat.deleteConversation': defineCall<{ deleted: boolean }>()(z.object({ id }).strict(), 'Delete a conversation and its messages.'),
  'chat.getMessages': defineCall<ChatMessage[]>()(z.object({ conversationId: id }).strict(), 'The whole active branch of a conversation, oldest first (the UI pages with chat.getMessagePage).'),
  'chat.getMessagePage': defineCall<MessagePage>()(
    z.object({ conversationId: id, cursor: id.nullable().optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    'One page of the active branch: the newest messages first, then the page before `cursor`.',
  ),
  'chat.selectBranch': defineCall<MessagePage>()(
    z.object({ conversationId: id, messageId: id }).strict(),
    'Show the branch (or reply version) through this message; returns the newest page of that branch.',
  ),
  'chat.getConversationEntities': defineCall<ConversationEntityView[]>()(
    z.object({ conversationId: id, limit: z.number().int().min(1).max(50).optional() }).strict(),
    'The entities a conversation\'s replies cited, most mentioned first (the topic chips above the chat).',
  ),
  'chat.searchMessages': defineCall<MessageSearchHit[]>()(
    z.object({
      query: z.string().max(500),
      limit: z.number().int().min(1).max(100).optional(),
      filters: z
        .object({
          /** Messages from this day on (YYYY-MM-DD, inclusive). */
          from: isoDay.optional(),
          /** Messages up to this day (YYYY-MM-DD, inclusive). */
          to: isoDay.optional(),
          /** Replies answered by a local (model or engine) or the remote model, and the questions they answer. */
          source: z.enum(['local', 'remote']).optional(),
          /** Replies that cite this entity, and the questions they answer. */
          entityId: id.optional(),
        })
        .strict()
        .optional(),
    }).strict(),
    'Search every conversation: words (prefixes), "phrases", -excluded words, with optional date, source and entity filters. Any input is safe.',
  ),
  'chat.setConversationSettings': defineCall<Conversation>()(
    z.object({
      id,
      /** null or blank: back to the household persona. */
      systemPrompt: z.string().max(4000).nullable().optional(),
      /** null or blank: back to the model in Settings. */
      model: z.string().max(200).nullable().optional(),
    }).strict(),
    'A conversation\'s own persona/system prompt and remote model, used by every later turn in it.',
  ),
  'chat.setConversationFlags': defineCall<Conversation>()(
    z.object({ id, pinned: z.boolean().optional(), archived: z.boolean().optional() }).strict(),
    'Pin or archive a conversation.',
  ),
  'chat.exportConversations': defineCall<{ text: string; fileName: string; count: number }>()(
    z.object({ ids: z.array(id).max(100_000).optional(), format: z.enum(['markdown', 'json']) }).strict(),
    'Export some or all conversations: Markdown to read, JSON to keep (every branch and version; re-importable).',
  ),
  'chat.importConversations': defineCall<{ conversations: Conversation[]; messageCount: number }>()(
    z.object({ json: z.string().min(2).max(MAX_IMPORT_BYTES) }).strict(),
    'Import a JSON conversations file; all or nothing.',
  ),
  'chat.send': defineCall<{ conversation: Conversation; userMessage: ChatMessage; reply: ReplyEnvelope }>()(
    z.object({
      conversationId: id.optional(),
      text: z.string().trim().min(1, 'Type a question first.').max(MAX_QUESTION_CHARS, `Questions are limited to ${MAX_QUESTION_CHARS} characters.`),
      /** An edited question: the new one becomes a branch beside this one. */
      editOf: id.optional(),
    }).strict(),
    'Ask a question; the reply is also pushed as events while it is produced.',
  ),
  'chat.stop': defineCall<{ stopped: boolean }>()(z.object({ conversationId: id }).strict(), 'Stop the reply being produced; the partial answer is kept.'),
  'chat.regenerate': defineCall<{ conversation: Conversation; userMessage: ChatMessage; reply: ReplyEnvelope }>()(
    z.object({ conversationId: id, mode: z.enum(['local']).optional(), messageId: id.optional() }).strict(),
    'Answer a question again as a new version of its reply (default the last; mode "local": continue with the local model).',
  ),

  'llm.getSettings': defineCall<LlmSettingsView>()(none, 'Language model settings (the API key is only shown as a hint).'),
  'llm.saveSettings': defineCall<LlmSettingsView>()(
    z.object({
      mode: z.enum(['remote', 'local', 'hybrid']).optional(),
      remote: z.object({
        baseUrl: z.url({ protocol: /^https?$/, message: 'The base URL must start with http:// or https://' }).max(500).nullable().optional(),
        model: z.string().trim().min(1).max(200).nullable().optional(),
        apiKey: z.string().trim().min(1).max(500).nullable().optional(),
      }).strict().optional(),
      local: z.object({
        modelPath: z.string().trim().min(1).max(1000).nullable().optional(),
        threads: z.number().int().min(1).max(64).optional(),
        contextSize: z.number().int().min(256).max(32_768).optional(),
        allowWriteTools: z.boolean().optional(),
      }).strict().optional(),
    }).strict(),
    'Change language model settings; only the fields given change.',
  ),
  'llm.testConnection': defineCall<ConnectionTestView>()(
    z.object({
      /** Test these (what is typed in Settings) instead of the saved settings; nothing is saved. */
      candidate: z.object({
        baseUrl: z.url({ protocol: /^https?$/, message: 'The base URL must start with http:// or https://' }).max(500),
        model: z.string().trim().max(200).optional(),
        /** A typed key; omitted: the saved key (if any) is used. */
        apiKey: z.string().trim().min(1).max(500).optional(),
        /** Test without any key, even if one is saved (the key is being cleared). */
        noApiKey: z.boolean().optional(),
      }).strict().optional(),
    }).strict(),
    'Try the remote provider now and list its models (the saved settings, or the candidate ones given).',
  ),
  'llm.modelCatalogue': defineCall<ModelCatalogueEntry[]>()(none, 'Local models to download: name, size, licence, URL and sha256 (null: not verified).'),
  'llm.resetCircuit': defineCall<StatusSnapshot['llm']>()(none, 'Close the remote circuit breaker and try remote again.'),
  'llm.downloadModel': defineCall<{ path: string; sizeBytes: number }>()(
    z.object({
      url: z.url({ protocol: /^https?$/, message: 'Only http:// and https:// URLs can be downloaded' }).max(2000),
      sha256: z.string().regex(/^[a-f0-9]{64}$/i, 'sha256 must be 64 hex characters').optional(),
    }).strict(),
    'Download a GGUF model file (resumable, checked) and use it as the local model.',
  ),

  'approvals.list': defineCall<ActionProposalView[]>()(
    z.object({ status: z.enum(['pending', 'approved', 'denied', 'expired', 'executed', 'failed', 'needs_reapproval']).optional() }).strict(),
    'Action proposals, newest first.',
  ),
  'approvals.decide': defineCall<ActionProposalView>()(
    z.object({ proposalId: id, decision: z.enum(['approve', 'deny']), remember: z.boolean().optional() }).strict(),
    'Approve or deny a proposal. Approval re-validates against the current graph before executing.',
  ),
  'approvals.listRules': defineCall<ApprovalRuleView[]>()(none, 'Remembered "always allow" rules: entity, state keys and allowed values.'),
  'approvals.revokeRule': defineCall<{ revoked: boolean }>()(z.object({ ruleId: id }).strict(), 'Forget one remembered rule; later proposals show a card again.'),
  'session.startGuest': defineCall<AppInfo['user']>()(
    z.object({ pin: z.string().regex(/^\d{4,12}$/, 'The PIN is 4 to 12 digits.') }).strict(),
    'Hand the app to a visitor: read-only, no private notes, only their own conversations. Leaving needs this PIN.',
  ),
  'session.endGuest': defineCall<AppInfo['user']>()(
    z.object({ pin: z.string().min(1).max(12) }).strict(),
    'Leave the guest session with the PIN set when it started.',
  ),
  'audit.list': defineCall<AuditEntryView[]>()(
    z.object({
      kind: z.enum(['proposal', 'decision', 'execution', 'failure', 'import', 'rule']).optional(),
      proposalId: id.optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }).strict(),
    'The audit log, newest first.',
  ),

  'app.openLogsFolder': defineCall<LogsFolderView>()(none, 'Open the logs folder (desktop) or tell where it is (browser mode).'),
  'quickAsk.getConversation': defineCall<Conversation>()(none, 'The one "Quick ask" conversation (created when missing).'),
  'quickAsk.hide': defineCall<{ hidden: boolean }>()(none, 'Hide the quick-ask window (false in browser mode: there is no window).'),
  'quickAsk.openInApp': defineCall<{ opened: boolean }>()(
    z.object({ target: navigationTargetSchema }).strict(),
    'Continue in the main window at a conversation or entity (false in browser mode: the page navigates itself).',
  ),
  'desktop.getSettings': defineCall<DesktopSettingsView>()(none, 'Quick-ask shortcut, start at login, automatic updates, and whether the shortcut is registered.'),
  'desktop.saveSettings': defineCall<DesktopSettingsView>()(
    z.object({
      quickAskShortcut: z.string().trim().min(3).max(60).optional(),
      startAtLogin: z.boolean().optional(),
      autoUpdate: z.boolean().optional(),
    }).strict(),
    'Change desktop settings; only the fields given change.',
  ),
  ...assistantCalls,
  ...syncCalls,
  ...outboxCalls,
  ...voiceCalls,
  ...telemetryCalls,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallArgs<K extends CallName> = z.input<Calls[K]['args']>;
export type ParsedCallArgs<K extends CallName> = z.output<Calls[K]['args']>;
export type CallResult<K extends CallName> = NonNullable<Calls[K]['__result']>;
