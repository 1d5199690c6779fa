// The conversation calls beyond a chat turn: paging, branches, search, topic entities, flags, export and import.
import type { CallHandlers } from '../api/CallHandlers';
import { AppError } from '../../src-shared/errors';
import type { ChatMessage, MessagePage } from '../../src-preload/contract';
import type { SqliteDatabase } from '../store/openDatabase';
import { listConversationEntities } from './conversationEntities';
import { exportConversationsJson, exportConversationsMarkdown, importConversationsJson } from './conversationTransfer';
import type { SqliteConversationStore } from './SqliteConversationStore';

type ConversationCalls =
  | 'chat.getMessagePage'
  | 'chat.selectBranch'
  | 'chat.searchMessages'
  | 'chat.getConversationEntities'
  | 'chat.setConversationFlags'
  | 'chat.setConversationSettings'
  | 'chat.exportConversations'
  | 'chat.importConversations';

export function conversationHandlers(
  db: SqliteDatabase,
  conversations: SqliteConversationStore,
  user: { readonly role: 'admin' | 'user' | 'guest' },
  /** Puts each action card's current status on the messages read (a card approved after it was stored says so). */
  withCurrentProposals: (messages: ChatMessage[]) => ChatMessage[] = (messages) => messages,
): Pick<CallHandlers, ConversationCalls> {
  const current = (page: MessagePage): MessagePage => ({ ...page, messages: withCurrentProposals(page.messages) });
  return {
    'chat.getMessagePage': async ({ conversationId, cursor, limit }) =>
      current(conversations.page(conversationId, { ...(cursor !== undefined ? { cursor } : {}), ...(limit ? { limit } : {}) })),
    'chat.selectBranch': async ({ conversationId, messageId }) => {
      conversations.selectBranch(conversationId, messageId);
      return current(conversations.page(conversationId));
    },
    'chat.getConversationEntities': async ({ conversationId, limit }) => {
      conversations.get(conversationId); // not_found for a conversation the caller cannot see (a guest's scope)
      return listConversationEntities(db, conversationId, limit);
    },
    'chat.searchMessages': async ({ query, limit, filters }) => conversations.search(query, limit ?? 20, filters ?? {}),
    'chat.setConversationSettings': async ({ id, systemPrompt, model }) =>
      conversations.setAnswerSettings(id, { ...(systemPrompt !== undefined ? { systemPrompt } : {}), ...(model !== undefined ? { model } : {}) }),
    'chat.setConversationFlags': async ({ id, pinned, archived }) =>
      conversations.setFlags(id, { ...(pinned !== undefined ? { pinned } : {}), ...(archived !== undefined ? { archived } : {}) }),
    'chat.exportConversations': async ({ ids, format }) => {
      const chosen = ids ?? conversations.list().map((c) => c.id);
      const stamp = new Date().toISOString().slice(0, 10);
      const base = chosen.length === 1 ? `goodies-conversation-${stamp}` : `goodies-conversations-${stamp}`;
      if (format === 'markdown') return { text: exportConversationsMarkdown(conversations, chosen), fileName: `${base}.md`, count: chosen.length };
      return { text: JSON.stringify(exportConversationsJson(db, conversations, chosen), null, 2), fileName: `${base}.json`, count: chosen.length };
    },
    'chat.importConversations': async ({ json }) => {
      if (user.role === 'guest') throw new AppError('forbidden', 'Guests cannot import conversations.');
      return importConversationsJson(db, conversations, json);
    },
  };
}
