// The entities a conversation mentions, for the topic chips above the chat. The table is kept by triggers on
// messages (chat migration 151): this is only its read side.
import type { ConversationEntityView } from '../../src-preload/contract';
import type { SqliteDatabase } from '../store/openDatabase';

/** Most mentioned first, then most recently; the caller has checked the conversation is visible to the asker. */
export function listConversationEntities(db: SqliteDatabase, conversationId: string, limit = 12): ConversationEntityView[] {
  return db
    .prepare(
      `SELECT entity_id, name, entity_type, mentions, last_mentioned_at FROM conversation_entities
       WHERE conversation_id = ? ORDER BY mentions DESC, last_mentioned_at DESC, name LIMIT ?`,
    )
    .all(conversationId, limit) as unknown as ConversationEntityView[];
}
