// Questions from the quick-ask window all go to one conversation, "Quick ask", remembered in the settings (and made
// again if the user deleted it), so they do not scatter a new conversation per question.
import { z } from 'zod';
import type { Conversation } from '../../src-preload/contract';
import type { SqliteConversationStore } from '../chat/SqliteConversationStore';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';

export const QUICK_ASK_TITLE = 'Quick ask';
const KEY = 'quickAsk.conversationId';

export function quickAskConversation(conversations: SqliteConversationStore, settings: SqliteSettingsStore): Conversation {
  const id = settings.read(KEY, z.string().min(1).nullable(), null);
  if (id) {
    try {
      return conversations.get(id);
    } catch {
      // Deleted by the user: start a new one below.
    }
  }
  const created = conversations.create(QUICK_ASK_TITLE);
  settings.write(KEY, created.id);
  return created;
}
