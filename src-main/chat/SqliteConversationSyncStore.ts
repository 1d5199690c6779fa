// The chat store's side of conversation sync (ConversationSyncStore): what is pending, per-id acks, and applying
// pulled conversations and messages. Messages travel with their parent id, so every device builds the same tree (a
// message sent on two devices at once after the same answer becomes two branches there, on both). A pulled message
// that continues the active branch moves it forward; one on another branch waits there, as a sibling to switch to.
// A message from a client that predates parent ids is appended after the active leaf, as before.
import type { ChatMessage } from '../../src-preload/contract';
import type { ConversationRecord, MessageRecord, PulledConversation, PulledMessage } from '../../src-shared/protocol/conversationSync';
import { compareVersions } from '../../src-shared/protocol/version';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import { MESSAGE_COLUMNS, toMessage, type MessageRow } from './SqliteConversationStore';
import type { AppliedConversationPull, ConversationAck, ConversationSyncStore, PendingConversationPush } from '../sync/ConversationSyncStore';

interface PendingConversationRow {
  id: string;
  title: string;
  pinned: number;
  archived: number;
  deleted: number;
  version: string;
  created_at: string;
  updated_at: string;
}

/** A message row as the chat store reads it, with its tombstone (a deleted message travels as one). */
interface PendingMessageRow extends MessageRow {
  deleted_at: string | null;
}

const CURSOR_KEY = 'chat_sync_cursor:';

export class SqliteConversationSyncStore implements ConversationSyncStore {
  private readonly onDidPullMessageEmitter = new Emitter<ChatMessage>();
  /** A pulled message became visible (the UI shows it as it would a new local one). */
  readonly onDidPullMessage: Event<ChatMessage> = this.onDidPullMessageEmitter.event;

  constructor(private readonly db: SqliteDatabase) {}

  async pending(messageLimit: number): Promise<PendingConversationPush> {
    const conversations = (this.db
      .prepare('SELECT id, title, pinned, archived, deleted, version, created_at, updated_at FROM conversations WHERE pending = 1 ORDER BY rowid')
      .all() as unknown as PendingConversationRow[]).map(toConversationRecord);
    const messages = (this.db
      .prepare('SELECT id, conversation_id, role, text, created_at, envelope, deleted_at, parent_id FROM messages WHERE pending = 1 ORDER BY seq LIMIT ?')
      .all(messageLimit) as unknown as PendingMessageRow[]).map(toMessageRecord);
    return { conversations, messages };
  }

  async markPushed(ack: ConversationAck): Promise<void> {
    transaction(this.db, () => {
      const conversation = this.db.prepare('UPDATE conversations SET pending = 0 WHERE id = ? AND version = ?');
      for (const c of ack.conversations) conversation.run(c.id, c.version);
      const message = this.db.prepare('UPDATE messages SET pending = 0 WHERE id = ? AND (deleted_at IS NOT NULL) = ?');
      for (const m of ack.messages) message.run(m.id, m.deleted ? 1 : 0);
    });
  }

  async applyPulled(page: { conversations: PulledConversation[]; messages: PulledMessage[] }): Promise<AppliedConversationPull> {
    const result: AppliedConversationPull = { conversations: 0, messages: 0, tombstones: 0 };
    const shown: ChatMessage[] = [];
    transaction(this.db, () => {
      for (const c of page.conversations) if (this.applyConversation(c)) result.conversations++;
      for (const m of page.messages) {
        const outcome = this.applyMessage(m);
        if (outcome === 'inserted' || outcome === 'inserted_on_active_branch') {
          result.messages++;
          if (outcome === 'inserted_on_active_branch') shown.push(this.readMessage(m.id));
        } else if (outcome === 'tombstoned') result.tombstones++;
      }
    });
    for (const message of shown) this.onDidPullMessageEmitter.fire(message);
    return result;
  }

  async getCursor(serverId: string): Promise<string | null> {
    const row = this.db.prepare('SELECT value FROM graph_meta WHERE key = ?').get(CURSOR_KEY + serverId) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setCursor(serverId: string, cursor: string): Promise<void> {
    this.db.prepare('INSERT INTO graph_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(CURSOR_KEY + serverId, cursor);
  }

  /** Last writer wins by version; a local edit not yet pushed wins only if its version is the greater one. */
  private applyConversation(c: PulledConversation): boolean {
    const stored = this.db.prepare('SELECT version, deleted FROM conversations WHERE id = ?').get(c.id) as { version: string; deleted: number } | undefined;
    if (!stored) {
      this.db
        .prepare('INSERT INTO conversations (id, title, created_at, updated_at, version, deleted, pending, owner, pinned, archived) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)')
        .run(c.id, c.title, c.created_at, c.updated_at, c.version, c.deleted ? 1 : 0, c.owner_id, c.pinned ? 1 : 0, c.archived ? 1 : 0);
      return true;
    }
    if (compareVersions(c.version, stored.version) <= 0) return false;
    this.db
      .prepare('UPDATE conversations SET title = ?, pinned = ?, archived = ?, deleted = ?, version = ?, updated_at = ?, pending = 0 WHERE id = ?')
      .run(c.title, c.pinned ? 1 : 0, c.archived ? 1 : 0, c.deleted ? 1 : 0, c.version, c.updated_at, c.id);
    if (c.deleted && stored.deleted === 0) this.db.prepare('UPDATE conversations SET message_count = 0, active_leaf_id = NULL WHERE id = ?').run(c.id);
    return true;
  }

  private applyMessage(m: PulledMessage): 'inserted' | 'inserted_on_active_branch' | 'tombstoned' | 'unchanged' {
    const stored = this.db.prepare('SELECT deleted_at FROM messages WHERE id = ?').get(m.id) as { deleted_at: string | null } | undefined;
    if (stored) {
      if (!m.deleted || stored.deleted_at !== null) return 'unchanged';
      this.db.prepare("UPDATE messages SET deleted_at = ?, text = '', envelope = NULL, pending = 0 WHERE id = ?").run(new Date().toISOString(), m.id);
      this.afterTombstone(m.conversation_id);
      return 'tombstoned';
    }
    // A message may arrive before its conversation (the conversation changed later, so it sits on a later page):
    // a placeholder with the lowest possible version, replaced when the conversation itself arrives.
    const conversation = this.db.prepare('SELECT active_leaf_id FROM conversations WHERE id = ?').get(m.conversation_id) as { active_leaf_id: string | null } | undefined;
    if (!conversation) {
      this.db
        .prepare("INSERT INTO conversations (id, title, created_at, updated_at, version, pending) VALUES (?, 'Synced conversation', ?, ?, '', 0)")
        .run(m.conversation_id, m.created_at, m.created_at);
    }
    const envelope = m.deleted || !m.envelope ? null : JSON.stringify(m.envelope);
    if (m.deleted) {
      this.db
        .prepare("INSERT INTO messages (id, conversation_id, role, text, created_at, envelope, parent_id, pending, deleted_at) VALUES (?, ?, ?, '', ?, NULL, ?, 0, ?)")
        .run(m.id, m.conversation_id, m.role, m.created_at, m.parent_id ?? null, new Date().toISOString());
      return 'inserted';
    }
    const leaf = conversation?.active_leaf_id ?? null;
    const parent = m.parent_id === undefined ? leaf : m.parent_id;
    const continuesActive = parent === leaf;
    this.db
      .prepare('INSERT INTO messages (id, conversation_id, role, text, created_at, envelope, parent_id, pending) VALUES (?, ?, ?, ?, ?, ?, ?, 0)')
      .run(m.id, m.conversation_id, m.role, m.text, m.created_at, envelope, parent);
    this.db
      .prepare('UPDATE conversations SET updated_at = max(updated_at, ?), message_count = message_count + 1, active_leaf_id = ? WHERE id = ?')
      .run(m.created_at, continuesActive ? m.id : leaf, m.conversation_id);
    return continuesActive ? 'inserted_on_active_branch' : 'inserted';
  }

  /** The active leaf must stay a visible message: the newest one left, or none. */
  private afterTombstone(conversationId: string): void {
    const count = (this.db.prepare('SELECT count(*) AS n FROM messages WHERE conversation_id = ? AND deleted_at IS NULL').get(conversationId) as { n: number }).n;
    const leaf = this.db.prepare('SELECT m.deleted_at FROM conversations c LEFT JOIN messages m ON m.id = c.active_leaf_id WHERE c.id = ?').get(conversationId) as { deleted_at: string | null } | undefined;
    const newest = leaf && leaf.deleted_at !== null
      ? ((this.db.prepare('SELECT id FROM messages WHERE conversation_id = ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT 1').get(conversationId) as { id: string } | undefined)?.id ?? null)
      : undefined;
    this.db
      .prepare(`UPDATE conversations SET message_count = ?${newest !== undefined ? ', active_leaf_id = ?' : ''} WHERE id = ?`)
      .run(count, ...(newest !== undefined ? [newest] : []), conversationId);
  }

  private readMessage(id: string): ChatMessage {
    return toMessage(this.db.prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.id = ?`).get(id) as unknown as MessageRow);
  }

  dispose(): void {
    this.onDidPullMessageEmitter.dispose();
  }
}

function toConversationRecord(row: PendingConversationRow): ConversationRecord {
  return { id: row.id, title: row.title, pinned: row.pinned === 1, archived: row.archived === 1, deleted: row.deleted === 1, shared_with: [], version: row.version, created_at: row.created_at, updated_at: row.updated_at };
}

function toMessageRecord(row: PendingMessageRow): MessageRecord {
  const deleted = row.deleted_at !== null;
  return { id: row.id, conversation_id: row.conversation_id, role: row.role, text: deleted ? '' : row.text, created_at: row.created_at, envelope: deleted || !row.envelope ? null : (JSON.parse(row.envelope) as Record<string, unknown>), deleted, parent_id: row.parent_id };
}
