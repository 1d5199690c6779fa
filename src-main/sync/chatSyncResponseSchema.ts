// The conversation extension's response, validated on the client (docs/protocol-conversations.md). The record shapes
// are the request's, plus owner/author ids on pulled conversations and messages.
import { z } from 'zod';
import {
  approvalRecordSchema,
  auditRecordSchema,
  conversationRecordSchema,
  messageRecordSchema,
  settingRecordSchema,
  type ChatSyncResponse,
} from '../../src-shared/protocol/conversationSync';

const ids = z.array(z.string());

export const chatSyncResponseSchema: z.ZodType<ChatSyncResponse, unknown> = z.object({
  applied: z.object({ conversations: ids, messages: ids, approvals: ids, audit: ids, settings: ids }),
  rejected: z.array(z.object({ kind: z.enum(['conversation', 'message', 'approval', 'audit', 'setting']), id: z.string(), reason: z.enum(['forbidden', 'unknown_conversation']) })),
  changes: z.object({
    conversations: z.array(conversationRecordSchema.extend({ owner_id: z.string() })),
    messages: z.array(messageRecordSchema.extend({ author_id: z.string() })),
    approvals: z.array(approvalRecordSchema),
    audit: z.array(auditRecordSchema),
    settings: z.array(settingRecordSchema),
  }),
  cursor: z.string(),
  has_more: z.boolean(),
  server_time: z.string(),
});
