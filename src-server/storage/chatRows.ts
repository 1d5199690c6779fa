// Row <-> wire mapping for the conversation tables.
import type { PulledConversation, PulledMessage } from '../../src-shared/protocol/conversationSync';

export interface ConversationRow extends Record<string, unknown> {
  id: string;
  owner_id: string;
  title: string;
  pinned: number;
  archived: number;
  deleted: number;
  shared_with: string;
  version: string;
  created_at: string;
  updated_at: string;
  seq: number;
}

export interface MessageRow extends Record<string, unknown> {
  id: string;
  conversation_id: string;
  author_id: string;
  role: string;
  text: string;
  envelope: string | null;
  created_at: string;
  deleted: number;
  parent_id: string | null;
  seq: number;
}

export interface RecordRow extends Record<string, unknown> {
  kind: string;
  id: string;
  owner_id: string;
  version: string;
  body: string;
  seq: number;
}

export const CONVERSATION_COLUMNS = 'id, owner_id, title, pinned, archived, deleted, shared_with, version, created_at, updated_at, seq';
export const MESSAGE_COLUMNS = 'id, conversation_id, author_id, role, text, envelope, created_at, deleted, parent_id, seq';

export function conversationFromRow(row: ConversationRow): PulledConversation {
  return {
    id: row.id,
    owner_id: row.owner_id,
    title: row.title,
    pinned: row.pinned === 1,
    archived: row.archived === 1,
    deleted: row.deleted === 1,
    shared_with: JSON.parse(row.shared_with) as string[],
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function messageFromRow(row: MessageRow): PulledMessage {
  return {
    id: row.id,
    conversation_id: row.conversation_id,
    author_id: row.author_id,
    role: row.role as PulledMessage['role'],
    text: row.text,
    envelope: row.envelope ? (JSON.parse(row.envelope) as Record<string, unknown>) : null,
    created_at: row.created_at,
    deleted: row.deleted === 1,
    // parent_id column: NULL = not sent (an older client), '' = the first of its conversation, else the parent's id.
    ...(row.parent_id === null || row.parent_id === undefined ? {} : { parent_id: row.parent_id === '' ? null : row.parent_id }),
  };
}

/** SQL that selects the ids of conversations a user may see; takes the user id twice. */
export const VISIBLE_CONVERSATIONS_SQL = 'SELECT id FROM chat_conversations WHERE owner_id = ? UNION SELECT conversation_id FROM chat_conversation_members WHERE user_id = ?';
