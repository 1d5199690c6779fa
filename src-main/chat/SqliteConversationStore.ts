// Conversations and their messages in the app's SQLite database.
import { randomUUID } from 'node:crypto';
import type { ChatMessage, Conversation, ReplyEnvelope } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { VersionClock } from '../../src-shared/protocol/version';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import { buildFtsQuery } from '../store/buildFtsQuery';
import { redactDeep, redactSecrets } from '../../src-shared/redactSecrets';

interface ConversationRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  message_count: number;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  text: string;
  created_at: string;
  envelope: string | null;
}

export const DEFAULT_CONVERSATION_TITLE = 'New conversation';

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

  list(): Conversation[] {
    return this.db
      .prepare(
        `SELECT c.id, c.title, c.created_at, c.updated_at,
                (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count
         FROM conversations c WHERE c.deleted = 0${this.scope().sql} ORDER BY c.updated_at DESC, c.rowid DESC`,
      )
      .all(...this.scope().params) as unknown as ConversationRow[];
  }

  get(id: string): Conversation {
    const row = this.db
      .prepare(
        `SELECT c.id, c.title, c.created_at, c.updated_at,
                (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count
         FROM conversations c WHERE c.id = ? AND c.deleted = 0${this.scope().sql}`,
      )
      .get(id, ...this.scope().params) as ConversationRow | undefined;
    if (!row) throw new AppError('not_found', 'That conversation does not exist (it may have been deleted).');
    return row;
  }

  create(title?: string): Conversation {
    const at = this.now().toISOString();
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO conversations (id, title, created_at, updated_at, version, owner) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, title?.trim() || DEFAULT_CONVERSATION_TITLE, at, at, this.clock.next(this.userId), this.userId);
    return this.get(id);
  }

  rename(id: string, title: string): Conversation {
    this.get(id);
    this.db
      .prepare('UPDATE conversations SET title = ?, updated_at = ?, version = ?, pending = 1 WHERE id = ?')
      .run(title.trim(), this.now().toISOString(), this.clock.next(this.userId), id);
    return this.get(id);
  }

  /** Soft delete: the row stays as a tombstone so the deletion can sync; its messages are removed locally. */
  delete(id: string): boolean {
    const exists = this.db.prepare(`SELECT 1 FROM conversations c WHERE c.id = ? AND c.deleted = 0${this.scope().sql}`).get(id, ...this.scope().params);
    if (!exists) return false;
    transaction(this.db, () => {
      this.db.prepare('DELETE FROM messages WHERE conversation_id = ?').run(id);
      this.db
        .prepare('UPDATE conversations SET deleted = 1, updated_at = ?, version = ?, pending = 1 WHERE id = ?')
        .run(this.now().toISOString(), this.clock.next(this.userId), id);
    });
    return true;
  }

  /** Removes every message but keeps the conversation (the `/clear` command). */
  clearMessages(id: string): void {
    this.get(id);
    this.db.prepare('DELETE FROM messages WHERE conversation_id = ?').run(id);
  }

  messages(conversationId: string): ChatMessage[] {
    this.get(conversationId);
    const rows = this.db
      .prepare('SELECT id, conversation_id, role, text, created_at, envelope FROM messages WHERE conversation_id = ? ORDER BY seq')
      .all(conversationId) as unknown as MessageRow[];
    return rows.map(toMessage);
  }

  /** Stored text and envelope are redacted (secrets echoed by a provider error must not persist); returns what was stored. */
  append(input: { conversationId: string; role: 'user' | 'assistant'; text: string; id?: string; envelope?: ReplyEnvelope }): ChatMessage {
    const message = { ...input, text: redactSecrets(input.text), ...(input.envelope ? { envelope: redactDeep(input.envelope) } : {}) };
    const at = this.now().toISOString();
    const id = message.id ?? randomUUID();
    transaction(this.db, () => {
      this.db
        .prepare('INSERT INTO messages (id, conversation_id, role, text, created_at, envelope) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, message.conversationId, message.role, message.text, at, message.envelope ? JSON.stringify(message.envelope) : null);
      this.db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?').run(at, message.conversationId);
    });
    return { id, conversation_id: message.conversationId, role: message.role, text: message.text, created_at: at, ...(message.envelope ? { envelope: message.envelope } : {}) };
  }

  /** Messages whose text matches every word of the query, newest first. */
  search(query: string, limit = 20): ChatMessage[] {
    const fts = buildFtsQuery(query);
    if (!fts) return [];
    const rows = this.db
      .prepare(
        `SELECT m.id, m.conversation_id, m.role, m.text, m.created_at, m.envelope
         FROM messages_fts f JOIN messages m ON m.seq = f.rowid
         JOIN conversations c ON c.id = m.conversation_id AND c.deleted = 0${this.scope().sql}
         WHERE messages_fts MATCH ? ORDER BY m.seq DESC LIMIT ?`,
      )
      .all(...this.scope().params, fts.all, limit) as unknown as MessageRow[];
    return rows.map(toMessage);
  }
}

function toMessage(row: MessageRow): ChatMessage {
  const message: ChatMessage = { id: row.id, conversation_id: row.conversation_id, role: row.role, text: row.text, created_at: row.created_at };
  if (row.envelope) message.envelope = JSON.parse(row.envelope) as ReplyEnvelope;
  return message;
}
