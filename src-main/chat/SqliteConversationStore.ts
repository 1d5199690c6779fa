// Conversations and their messages in the app's SQLite database. Messages form a tree (an edited question or a
// regenerated reply is a sibling of the one it replaces); each conversation remembers its active leaf, and everything
// the UI and the model read follows the active branch from that leaf back to the root, page by page, in SQL.
import { randomUUID } from 'node:crypto';
import type { ChatMessage, Conversation, MessagePage, MessageSearchHit, ReplyEnvelope } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { VersionClock } from '../../src-shared/protocol/version';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import { redactDeep, redactSecrets } from '../../src-shared/redactSecrets';
import { searchMessages, type MessageSearchFilters } from './searchMessages';

interface ConversationRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  message_count: number;
  pinned: number;
  archived: number;
  active_leaf_id: string | null;
  system_prompt: string | null;
  model: string | null;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  text: string;
  created_at: string;
  envelope: string | null;
  parent_id: string | null;
}

export interface AppendMessage {
  conversationId: string;
  role: 'user' | 'assistant';
  text: string;
  id?: string;
  envelope?: ReplyEnvelope;
  /** The message this one answers or follows. Omitted: the conversation's active leaf. */
  parentId?: string | null;
  /** Import keeps the original time. */
  createdAt?: string;
}

export const DEFAULT_CONVERSATION_TITLE = 'New conversation';
export const DEFAULT_PAGE_SIZE = 50;
/** A message row's columns, `messages` aliased `m` (what MessageRow and toMessage read). */
export const MESSAGE_COLUMNS = 'm.id, m.conversation_id, m.role, m.text, m.created_at, m.envelope, m.parent_id';
const CONVERSATION_COLUMNS = 'c.id, c.title, c.created_at, c.updated_at, c.message_count, c.pinned, c.archived, c.active_leaf_id, c.system_prompt, c.model';
/** Path walks stop here even without a limit: a cycle can't be written by this store, but a synced row could. */
const MAX_PATH_DEPTH = 1_000_000;

/** Who is looking: guests see and change only the conversations they started. */
export interface ConversationViewer {
  id: string;
  role: 'admin' | 'user' | 'guest';
}

export class SqliteConversationStore {
  private readonly viewer: () => ConversationViewer;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: VersionClock,
    viewer: string | (() => ConversationViewer),
    private readonly now: () => Date = () => new Date(),
  ) {
    this.viewer = typeof viewer === 'string' ? () => ({ id: viewer, role: 'admin' }) : viewer;
  }

  private get userId(): string {
    return this.viewer().id;
  }

  /** SQL condition and parameters limiting conversations `c` to what the viewer may see. */
  private scope(): { sql: string; params: string[] } {
    const viewer = this.viewer();
    return viewer.role === 'guest' ? { sql: ' AND c.owner = ?', params: [viewer.id] } : { sql: '', params: [] };
  }

  /** Pinned first, then most recently active. */
  list(): Conversation[] {
    const scope = this.scope();
    const rows = this.db
      .prepare(`SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.deleted = 0${scope.sql} ORDER BY c.pinned DESC, c.updated_at DESC, c.rowid DESC`)
      .all(...scope.params) as unknown as ConversationRow[];
    return rows.map(toConversation);
  }

  get(id: string): Conversation {
    return toConversation(this.row(id));
  }

  create(title?: string, at: string = this.now().toISOString(), id: string = randomUUID()): Conversation {
    this.db
      .prepare('INSERT INTO conversations (id, title, created_at, updated_at, version, owner) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, title?.trim() || DEFAULT_CONVERSATION_TITLE, at, at, this.clock.next(this.userId), this.userId);
    return this.get(id);
  }

  rename(id: string, title: string): Conversation {
    return this.updateMeta(id, 'title = ?', [title.trim()]);
  }

  setFlags(id: string, flags: { pinned?: boolean; archived?: boolean }): Conversation {
    this.row(id);
    if (flags.pinned !== undefined) this.updateMeta(id, 'pinned = ?', [flags.pinned ? 1 : 0], false);
    if (flags.archived !== undefined) this.updateMeta(id, 'archived = ?', [flags.archived ? 1 : 0], false);
    return this.get(id);
  }

  /** The conversation's own persona/system prompt and remote model; null goes back to the app's defaults. */
  setAnswerSettings(id: string, settings: { systemPrompt?: string | null; model?: string | null }): Conversation {
    this.row(id);
    const blankToNull = (v: string | null) => (v && v.trim() ? v.trim() : null);
    if (settings.systemPrompt !== undefined) this.updateMeta(id, 'system_prompt = ?', [blankToNull(settings.systemPrompt)], false);
    if (settings.model !== undefined) this.updateMeta(id, 'model = ?', [blankToNull(settings.model)], false);
    return this.get(id);
  }

  /** Soft delete: the row stays as a tombstone so the deletion can sync; so do its messages (see tombstoneMessages). */
  delete(id: string): boolean {
    const exists = this.db.prepare(`SELECT 1 FROM conversations c WHERE c.id = ? AND c.deleted = 0${this.scope().sql}`).get(id, ...this.scope().params);
    if (!exists) return false;
    transaction(this.db, () => {
      this.tombstoneMessages(id);
      this.db
        .prepare('UPDATE conversations SET deleted = 1, message_count = 0, active_leaf_id = NULL, updated_at = ?, version = ?, pending = 1 WHERE id = ?')
        .run(this.now().toISOString(), this.clock.next(this.userId), id);
    });
    return true;
  }

  /** Removes every message but keeps the conversation (the `/clear` command). */
  clearMessages(id: string): void {
    this.row(id);
    transaction(this.db, () => {
      this.tombstoneMessages(id);
      this.db.prepare('UPDATE conversations SET message_count = 0, active_leaf_id = NULL WHERE id = ?').run(id);
    });
  }

  /** The whole active branch, oldest first. */
  messages(conversationId: string): ChatMessage[] {
    return this.page(conversationId, { limit: MAX_PATH_DEPTH }).messages;
  }

  /** One page of the active branch ending at `cursor` (default: the active leaf), with version/branch siblings. */
  page(conversationId: string, options: { cursor?: string | null; limit?: number } = {}): MessagePage {
    const conversation = this.row(conversationId);
    const start = options.cursor ?? conversation.active_leaf_id;
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    if (!start) return { conversation_id: conversationId, messages: [], next_cursor: null };
    const rows = this.db
      .prepare(
        `WITH RECURSIVE path(id, parent_id, depth) AS (
           SELECT id, parent_id, 0 FROM messages WHERE id = ? AND conversation_id = ? AND deleted_at IS NULL
           UNION ALL
           SELECT m.id, m.parent_id, p.depth + 1 FROM messages m JOIN path p ON m.id = p.parent_id WHERE p.depth + 1 < ? AND m.deleted_at IS NULL
         )
         SELECT ${MESSAGE_COLUMNS} FROM path JOIN messages m ON m.id = path.id ORDER BY path.depth DESC`,
      )
      .all(start, conversationId, limit) as unknown as MessageRow[];
    const oldest = rows[0];
    const hasMore = oldest?.parent_id != null && this.db.prepare('SELECT 1 FROM messages WHERE id = ? AND deleted_at IS NULL').get(oldest.parent_id) !== undefined;
    return { conversation_id: conversationId, messages: this.withSiblings(conversationId, rows.map(toMessage)), next_cursor: hasMore ? (oldest?.parent_id ?? null) : null };
  }

  message(conversationId: string, messageId: string): ChatMessage {
    const row = this.db.prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.id = ? AND m.conversation_id = ? AND m.deleted_at IS NULL`).get(messageId, conversationId) as MessageRow | undefined;
    if (!row) throw new AppError('not_found', 'That message is not in this conversation.');
    return toMessage(row);
  }

  /**
   * Makes the branch through `messageId` the active one: the leaf becomes the newest descendant, following the
   * newest child at each step (what a person last saw on that branch).
   */
  selectBranch(conversationId: string, messageId: string): void {
    this.message(conversationId, messageId);
    const leaf = this.db
      .prepare(
        `WITH RECURSIVE down(id, depth) AS (
           SELECT ?, 0
           UNION ALL
           SELECT (SELECT c.id FROM messages c WHERE c.conversation_id = ? AND c.parent_id = down.id AND c.deleted_at IS NULL ORDER BY c.created_at DESC, c.seq DESC LIMIT 1), depth + 1
           FROM down WHERE down.id IS NOT NULL AND depth < ?
         )
         SELECT id FROM down WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1`,
      )
      .get(messageId, conversationId, MAX_PATH_DEPTH) as { id: string };
    this.setActiveLeaf(conversationId, leaf.id);
  }

  /** Points the conversation at exactly this message (a regenerate answers the question it points at). */
  setActiveLeaf(conversationId: string, messageId: string): void {
    this.db.prepare('UPDATE conversations SET active_leaf_id = ? WHERE id = ?').run(messageId, conversationId);
  }

  /**
   * The conversation before the current question, for the model: the active branch from the leaf's parent back,
   * as many recent messages as fit `budgetChars`, selected in SQL (a 10k-message history is never loaded).
   */
  historyForModel(conversationId: string, budgetChars: number, maxMessages = 40): ChatMessage[] {
    const conversation = this.row(conversationId);
    if (!conversation.active_leaf_id) return [];
    const leaf = this.message(conversationId, conversation.active_leaf_id);
    const start = leaf.role === 'user' ? leaf.parent_id : leaf.id;
    if (!start) return [];
    const rows = this.db
      .prepare(
        `WITH RECURSIVE path(id, parent_id, used, depth) AS (
           SELECT id, parent_id, length(text), 0 FROM messages WHERE id = ? AND conversation_id = ? AND deleted_at IS NULL
           UNION ALL
           SELECT m.id, m.parent_id, p.used + length(m.text), p.depth + 1 FROM messages m JOIN path p ON m.id = p.parent_id
           WHERE p.used + length(m.text) <= ? AND p.depth + 1 < ? AND m.deleted_at IS NULL
         )
         SELECT ${MESSAGE_COLUMNS} FROM path JOIN messages m ON m.id = path.id ORDER BY path.depth DESC`,
      )
      .all(start, conversationId, budgetChars, maxMessages) as unknown as MessageRow[];
    return rows.map(toMessage);
  }

  /** Stored text and envelope are redacted (secrets echoed by a provider error must not persist); returns what was stored. */
  append(input: AppendMessage): ChatMessage {
    const message: AppendMessage = { ...input, text: redactSecrets(input.text), ...(input.envelope ? { envelope: redactDeep(input.envelope) } : {}) };
    const at = message.createdAt ?? this.now().toISOString();
    const id = message.id ?? randomUUID();
    let parentId: string | null = null;
    transaction(this.db, () => {
      parentId = message.parentId !== undefined ? message.parentId : this.row(message.conversationId).active_leaf_id;
      this.db
        .prepare('INSERT INTO messages (id, conversation_id, role, text, created_at, envelope, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, message.conversationId, message.role, message.text, at, message.envelope ? JSON.stringify(message.envelope) : null, parentId);
      this.db
        .prepare('UPDATE conversations SET updated_at = max(updated_at, ?), message_count = message_count + 1, active_leaf_id = ? WHERE id = ?')
        .run(at, id, message.conversationId);
    });
    const stored: ChatMessage = { id, conversation_id: message.conversationId, role: message.role, text: message.text, created_at: at, parent_id: parentId };
    if (message.envelope) stored.envelope = message.envelope;
    const [withSiblings] = this.withSiblings(message.conversationId, [stored]);
    return withSiblings ?? stored;
  }

  /** Messages whose text matches the query (words, "phrases", -excluded words), the best of the most recent. */
  search(query: string, limit = 20, filters: MessageSearchFilters = {}): MessageSearchHit[] {
    return searchMessages(this.db, query, limit, this.scope(), filters);
  }

  /**
   * Adds `siblings` to messages that have other versions (same parent, same role), oldest first by creation time:
   * synced branches arrive in a different order on each device, their creation times are the same everywhere.
   */
  private withSiblings(conversationId: string, messages: ChatMessage[]): ChatMessage[] {
    if (messages.length === 0) return messages;
    const parents = [...new Set(messages.map((m) => m.parent_id).filter((p): p is string => typeof p === 'string'))];
    const hasRoot = messages.some((m) => m.parent_id == null);
    const rows: Array<{ id: string; parent_id: string | null; role: string }> = [];
    for (let i = 0; i < parents.length; i += 500) {
      const chunk = parents.slice(i, i + 500);
      rows.push(
        ...(this.db
          .prepare(`SELECT id, parent_id, role FROM messages WHERE conversation_id = ? AND deleted_at IS NULL AND parent_id IN (${chunk.map(() => '?').join(',')}) ORDER BY created_at, seq`)
          .all(conversationId, ...chunk) as Array<{ id: string; parent_id: string | null; role: string }>),
      );
    }
    if (hasRoot) {
      rows.push(...(this.db.prepare('SELECT id, parent_id, role FROM messages WHERE conversation_id = ? AND parent_id IS NULL AND deleted_at IS NULL ORDER BY created_at, seq').all(conversationId) as Array<{ id: string; parent_id: string | null; role: string }>));
    }
    const groups = new Map<string, string[]>();
    for (const r of rows) {
      const key = `${r.parent_id ?? ''}\u0000${r.role}`;
      groups.set(key, [...(groups.get(key) ?? []), r.id]);
    }
    return messages.map((m) => {
      const ids = groups.get(`${m.parent_id ?? ''}\u0000${m.role}`);
      return ids && ids.length > 1 ? { ...m, siblings: ids } : m;
    });
  }

  /**
   * Messages are never hard-deleted: a tombstone (deleted_at, pending again) lets conversation sync propagate the
   * delete. Text and envelope are blanked, since whoever cleared them expects them gone; reads skip tombstones.
   */
  private tombstoneMessages(conversationId: string): void {
    this.db
      .prepare("UPDATE messages SET deleted_at = ?, text = '', envelope = NULL, pending = 1 WHERE conversation_id = ? AND deleted_at IS NULL")
      .run(this.now().toISOString(), conversationId);
  }

  private row(id: string): ConversationRow {
    const scope = this.scope();
    const row = this.db.prepare(`SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.id = ? AND c.deleted = 0${scope.sql}`).get(id, ...scope.params) as ConversationRow | undefined;
    if (!row) throw new AppError('not_found', 'That conversation does not exist (it may have been deleted).');
    return row;
  }

  private updateMeta(id: string, assignment: string, values: Array<string | number | null>, touch = true): Conversation {
    this.row(id);
    this.db
      .prepare(`UPDATE conversations SET ${assignment}, ${touch ? 'updated_at = ?,' : ''} version = ?, pending = 1 WHERE id = ?`)
      .run(...values, ...(touch ? [this.now().toISOString()] : []), this.clock.next(this.userId), id);
    return this.get(id);
  }
}

function toConversation(row: ConversationRow): Conversation {
  const conversation: Conversation = { id: row.id, title: row.title, created_at: row.created_at, updated_at: row.updated_at, message_count: row.message_count, pinned: row.pinned === 1, archived: row.archived === 1 };
  if (row.system_prompt) conversation.system_prompt = row.system_prompt;
  if (row.model) conversation.model = row.model;
  return conversation;
}

export function toMessage(row: MessageRow): ChatMessage {
  const message: ChatMessage = { id: row.id, conversation_id: row.conversation_id, role: row.role, text: row.text, created_at: row.created_at, parent_id: row.parent_id };
  if (row.envelope) message.envelope = JSON.parse(row.envelope) as ReplyEnvelope;
  return message;
}
