// ServerChatStore over the SqlClient port. Scoping: a user sees conversations they own or that are shared with them,
// the messages of those, and only their own approvals, audit entries and settings.
import type { ApprovalRecord, AuditRecord, ChatPush, PulledConversation, PulledMessage, SettingRecord } from '../../src-shared/protocol/conversationSync';
import type { SqlClient } from '../../src-node-shared/sql/SqlClient';
import { applyChatPush } from '../chat/applyChatPush';
import { CONVERSATION_COLUMNS, MESSAGE_COLUMNS, VISIBLE_CONVERSATIONS_SQL, conversationFromRow, messageFromRow, type ConversationRow, type MessageRow, type RecordRow } from './chatRows';
import type { ChatPullPage, ChatPushOutcome, MessageSearchHit, ServerChatStore } from './ServerChatStore';
import { lockCounter, storeCounter } from './syncCounters';

type Pulled =
  | { seq: number; kind: 'conversation'; value: PulledConversation }
  | { seq: number; kind: 'message'; value: PulledMessage }
  | { seq: number; kind: 'record'; row: RecordRow };

export class SqlServerChatStore implements ServerChatStore {
  constructor(private readonly db: SqlClient) {}

  applyPush(userId: string, push: ChatPush): Promise<ChatPushOutcome> {
    return this.db.transaction((tx) => applyChatPush(tx, userId, push));
  }

  async pullPage(userId: string, afterSeq: number, limit: number): Promise<ChatPullPage> {
    const fetch = limit + 1;
    const conversations = await this.db.query<ConversationRow>(
      `SELECT ${CONVERSATION_COLUMNS} FROM chat_conversations WHERE seq > ? AND id IN (${VISIBLE_CONVERSATIONS_SQL}) ORDER BY seq LIMIT ?`,
      [afterSeq, userId, userId, fetch],
    );
    // SQLite would otherwise pick the per-conversation index and sort every visible message on each page.
    const bySeq = this.db.dialect === 'sqlite' ? ' INDEXED BY chat_messages_seq' : '';
    const messages = await this.db.query<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages${bySeq} WHERE seq > ? AND conversation_id IN (${VISIBLE_CONVERSATIONS_SQL}) ORDER BY seq LIMIT ?`,
      [afterSeq, userId, userId, fetch],
    );
    const records = await this.db.query<RecordRow>('SELECT kind, id, owner_id, version, body, seq FROM chat_records WHERE seq > ? AND owner_id = ? ORDER BY seq LIMIT ?', [afterSeq, userId, fetch]);
    const merged: Pulled[] = [
      ...conversations.map((r) => ({ seq: Number(r.seq), kind: 'conversation' as const, value: conversationFromRow(r) })),
      ...messages.map((r) => ({ seq: Number(r.seq), kind: 'message' as const, value: messageFromRow(r) })),
      ...records.map((r) => ({ seq: Number(r.seq), kind: 'record' as const, row: r })),
    ].sort((a, b) => a.seq - b.seq);
    const page = merged.slice(0, limit);
    const changes: ChatPullPage['changes'] = { conversations: [], messages: [], approvals: [], audit: [], settings: [] };
    for (const item of page) {
      if (item.kind === 'conversation') changes.conversations.push(item.value);
      else if (item.kind === 'message') changes.messages.push(item.value);
      else {
        const body = JSON.parse(item.row.body) as unknown;
        if (item.row.kind === 'approval') changes.approvals.push({ id: item.row.id, version: item.row.version, body: body as ApprovalRecord['body'] });
        else if (item.row.kind === 'audit') changes.audit.push({ id: item.row.id, body: body as AuditRecord['body'] });
        else changes.settings.push({ key: item.row.id, version: item.row.version, value: body } satisfies SettingRecord);
      }
    }
    return { changes, has_more: merged.length > limit, lastSeq: page.at(-1)?.seq ?? afterSeq };
  }

  async listConversations(userId: string, options: { includeDeleted: boolean }): Promise<PulledConversation[]> {
    const rows = await this.db.query<ConversationRow>(
      `SELECT ${CONVERSATION_COLUMNS} FROM chat_conversations WHERE id IN (${VISIBLE_CONVERSATIONS_SQL})${options.includeDeleted ? '' : ' AND deleted = 0'} ORDER BY updated_at DESC`,
      [userId, userId],
    );
    return rows.map(conversationFromRow);
  }

  async getConversation(userId: string, id: string): Promise<{ conversation: PulledConversation; messages: PulledMessage[] } | undefined> {
    const [row] = await this.db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM chat_conversations WHERE id = ? AND id IN (${VISIBLE_CONVERSATIONS_SQL})`, [id, userId, userId]);
    if (!row) return undefined;
    const messages = await this.db.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM chat_messages WHERE conversation_id = ? ORDER BY created_at, id`, [id]);
    return { conversation: conversationFromRow(row), messages: messages.map(messageFromRow) };
  }

  deleteConversation(userId: string, id: string, version: string): Promise<'deleted' | 'not_found' | 'forbidden'> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM chat_conversations WHERE id = ?`, [id]);
      if (!row) return 'not_found';
      if (row.owner_id !== userId) {
        const member = await tx.query('SELECT 1 AS one FROM chat_conversation_members WHERE conversation_id = ? AND user_id = ?', [id, userId]);
        return member.length ? 'forbidden' : 'not_found';
      }
      const seq = (await lockCounter(tx, 'chat')) + 1;
      await tx.execute('UPDATE chat_conversations SET deleted = 1, version = ?, updated_at = ?, seq = ? WHERE id = ?', [version, new Date().toISOString(), seq, id]);
      await storeCounter(tx, 'chat', seq);
      return 'deleted';
    });
  }

  async searchMessages(userId: string, query: string, limit: number): Promise<MessageSearchHit[]> {
    const pattern = `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.db.query<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages WHERE deleted = 0 AND LOWER(text) LIKE ? ESCAPE '\\' AND conversation_id IN (${VISIBLE_CONVERSATIONS_SQL})
       AND conversation_id NOT IN (SELECT id FROM chat_conversations WHERE deleted = 1) ORDER BY created_at DESC LIMIT ?`,
      [pattern, userId, userId, limit],
    );
    return rows.map((r) => ({ conversation_id: r.conversation_id, message: messageFromRow(r) }));
  }
}
