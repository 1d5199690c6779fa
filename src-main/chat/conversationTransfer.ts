// Export conversations as Markdown (to read) or JSON (to keep: every branch, version and envelope, lossless), and
// import that JSON back. The JSON carries the conversation's persona (system prompt) and model too. An import never overwrites a live conversation: when its id is taken, the imported copy
// gets fresh ids (parents remapped) so the same file can be imported twice.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ChatMessage, Conversation, ReplyEnvelope } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { MessageRow, SqliteConversationStore } from './SqliteConversationStore';
import { toMessage } from './SqliteConversationStore';

export const CONVERSATIONS_FILE_FORMAT = 'goodies-conversations';

const messageSchema = z.object({
  id: z.string().min(1).max(200),
  parent_id: z.string().min(1).max(200).nullable(),
  role: z.enum(['user', 'assistant']),
  text: z.string().max(1_000_000),
  created_at: z.string().min(1).max(40),
  envelope: z.record(z.string(), z.unknown()).optional(),
});
const conversationSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  created_at: z.string().min(1).max(40),
  updated_at: z.string().min(1).max(40),
  pinned: z.boolean(),
  archived: z.boolean(),
  active_leaf_id: z.string().min(1).max(200).nullable(),
  // Optional so files exported before these fields existed still import (with the app's defaults).
  system_prompt: z.string().max(20_000).nullable().optional(),
  model: z.string().max(200).nullable().optional(),
  messages: z.array(messageSchema).max(1_000_000),
});
export const conversationsFileSchema = z.object({
  format: z.literal(CONVERSATIONS_FILE_FORMAT),
  version: z.literal(1),
  conversations: z.array(conversationSchema).max(100_000),
});
export type ConversationsFile = z.infer<typeof conversationsFileSchema>;

export function exportConversationsJson(db: SqliteDatabase, store: SqliteConversationStore, ids: readonly string[]): ConversationsFile {
  return {
    format: CONVERSATIONS_FILE_FORMAT,
    version: 1,
    conversations: ids.map((id) => {
      const c = store.get(id);
      const leaf = db.prepare('SELECT active_leaf_id FROM conversations WHERE id = ?').get(id) as { active_leaf_id: string | null };
      const rows = db
        .prepare('SELECT m.id, m.conversation_id, m.role, m.text, m.created_at, m.envelope, m.parent_id FROM messages m WHERE m.conversation_id = ? AND m.deleted_at IS NULL ORDER BY m.seq')
        .all(id) as unknown as MessageRow[];
      return {
        id: c.id, title: c.title, created_at: c.created_at, updated_at: c.updated_at, pinned: c.pinned, archived: c.archived,
        active_leaf_id: leaf.active_leaf_id,
        system_prompt: c.system_prompt ?? null,
        model: c.model ?? null,
        messages: rows.map(toMessage).map((m) => ({
          id: m.id, parent_id: m.parent_id ?? null, role: m.role, text: m.text, created_at: m.created_at,
          ...(m.envelope ? { envelope: m.envelope as unknown as Record<string, unknown> } : {}),
        })),
      };
    }),
  };
}

/** The active branch of each conversation as Markdown: a heading, then each turn under who said it. */
export function exportConversationsMarkdown(store: SqliteConversationStore, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const c = store.get(id);
      const turns = store.messages(id).map((m: ChatMessage) => `### ${m.role === 'user' ? 'You' : 'Goodies'} · ${m.created_at}\n\n${m.text}\n`);
      return [`# ${c.title}\n`, `_Started ${c.created_at} · ${c.message_count} messages_\n`, ...turns].join('\n');
    })
    .join('\n---\n\n');
}

export function importConversationsJson(db: SqliteDatabase, store: SqliteConversationStore, json: string): { conversations: Conversation[]; messageCount: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new AppError('validation', 'That file is not JSON. Choose a conversations file exported from Goodies.');
  }
  const result = conversationsFileSchema.safeParse(parsed);
  if (!result.success) throw new AppError('validation', `That is not a Goodies conversations file: ${result.error.issues[0]?.message ?? 'unknown shape'}.`);
  const imported: Conversation[] = [];
  let messageCount = 0;
  transaction(db, () => {
    for (const c of result.data.conversations) {
      const taken = (sql: string, id: string) => db.prepare(sql).get(id) !== undefined;
      const clash = taken('SELECT 1 FROM conversations WHERE id = ?', c.id) || c.messages.some((m) => taken('SELECT 1 FROM messages WHERE id = ?', m.id));
      const ids = new Map<string, string>();
      const map = (id: string): string => {
        if (!clash) return id;
        const next = ids.get(id) ?? randomUUID();
        ids.set(id, next);
        return next;
      };
      const conversationId = map(c.id);
      store.create(c.title, c.created_at, conversationId);
      for (const m of c.messages) {
        const envelope = m.envelope ? ({ ...m.envelope, conversation_id: conversationId, message_id: map(m.id) } as unknown as ReplyEnvelope) : undefined;
        store.append({ conversationId, role: m.role, text: m.text, id: map(m.id), parentId: m.parent_id ? map(m.parent_id) : null, createdAt: m.created_at, ...(envelope ? { envelope } : {}) });
        messageCount++;
      }
      if (c.active_leaf_id) store.setActiveLeaf(conversationId, map(c.active_leaf_id));
      if (c.system_prompt || c.model) store.setAnswerSettings(conversationId, { systemPrompt: c.system_prompt ?? null, model: c.model ?? null });
      db.prepare('UPDATE conversations SET updated_at = ? WHERE id = ?').run(c.updated_at, conversationId);
      imported.push(store.setFlags(conversationId, { pinned: c.pinned, archived: c.archived }));
    }
  });
  return { conversations: imported, messageCount };
}
