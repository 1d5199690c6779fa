// The conversation extension of the home server (docs/protocol-conversations.md): conversations (last-writer-wins by
// version), immutable append-only messages with client UUIDs and tombstones, approvals, audit entries and per-user
// settings, all through one sync endpoint with cursors, paging and per-id acks.
import { z } from 'zod';
import { versionSchema } from './entities';

const id = z.string().min(1).max(200);
const isoTime = z.string().min(1).max(64);

export const conversationRecordSchema = z.object({
  id,
  title: z.string().max(500),
  pinned: z.boolean().default(false),
  archived: z.boolean().default(false),
  deleted: z.boolean().default(false),
  /** Other users who may read and append (only the owner may change metadata or sharing). */
  shared_with: z.array(id).max(50).default([]),
  version: versionSchema,
  created_at: isoTime,
  updated_at: isoTime,
});
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export const messageRecordSchema = z.object({
  id,
  conversation_id: id,
  role: z.enum(['user', 'assistant']),
  text: z.string().max(200_000),
  created_at: isoTime,
  /** The reply envelope (citations, tool calls, provider, freshness…) of assistant messages. */
  envelope: z.record(z.string(), z.unknown()).nullable().default(null),
  /** A tombstone: the text and envelope are dropped, the id stays so every device removes it. */
  deleted: z.boolean().default(false),
  /**
   * The message it answers or follows (null: the first of its conversation). Branches are siblings under one parent
   * (a regenerated reply, an edited question), so this one link carries the whole tree to every device. Absent
   * (not null) from clients and servers that predate it: the receiver then appends after its active leaf.
   */
  parent_id: id.nullable().optional(),
});
export type MessageRecord = z.infer<typeof messageRecordSchema>;

export const approvalRecordSchema = z.object({ id, version: versionSchema, body: z.record(z.string(), z.unknown()) });
export type ApprovalRecord = z.infer<typeof approvalRecordSchema>;

export const auditRecordSchema = z.object({ id, body: z.record(z.string(), z.unknown()) });
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const settingRecordSchema = z.object({ key: id, value: z.unknown(), version: versionSchema });
export type SettingRecord = z.infer<typeof settingRecordSchema>;

export const CHAT_PAGE_SIZE = 500;

export const chatSyncRequestSchema = z.object({
  device_id: z.string().min(1).max(200),
  cursor: z.string().regex(/^\d+$/).nullable().optional(),
  limit: z.number().int().min(1).max(CHAT_PAGE_SIZE).optional(),
  conversations: z.array(conversationRecordSchema).max(5000).default([]),
  messages: z.array(messageRecordSchema).max(5000).default([]),
  approvals: z.array(approvalRecordSchema).max(5000).default([]),
  audit: z.array(auditRecordSchema).max(5000).default([]),
  settings: z.array(settingRecordSchema).max(500).default([]),
});
export type ChatSyncRequest = z.infer<typeof chatSyncRequestSchema>;
export type ChatPush = Pick<ChatSyncRequest, 'conversations' | 'messages' | 'approvals' | 'audit' | 'settings'>;

export type ChatRecordKind = 'conversation' | 'message' | 'approval' | 'audit' | 'setting';

export interface ChatAcks {
  conversations: string[];
  messages: string[];
  approvals: string[];
  audit: string[];
  settings: string[];
}

export interface ChatRejection {
  kind: ChatRecordKind;
  id: string;
  /** `forbidden` (not yours), `unknown_conversation` (retry after pushing it): neither is acked. */
  reason: 'forbidden' | 'unknown_conversation';
}

export type PulledConversation = ConversationRecord & { owner_id: string };
export type PulledMessage = MessageRecord & { author_id: string };

export interface ChatSyncResponse {
  applied: ChatAcks;
  rejected: ChatRejection[];
  changes: {
    conversations: PulledConversation[];
    messages: PulledMessage[];
    approvals: ApprovalRecord[];
    audit: AuditRecord[];
    settings: SettingRecord[];
  };
  /** Always set: pass it back to get what came after. */
  cursor: string;
  has_more: boolean;
  server_time: string;
}
