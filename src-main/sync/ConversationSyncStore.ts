// The seam between ConversationSync (the conversation extension's push/pull loop) and the local chat store. The
// sync side never sees SQL; SqliteConversationSyncStore (src-main/chat) implements it.
import type { ConversationRecord, MessageRecord, PulledConversation, PulledMessage } from '../../src-shared/protocol/conversationSync';

export interface PendingConversationPush {
  conversations: ConversationRecord[];
  messages: MessageRecord[];
}

export interface ConversationAck {
  /** (id, version) pairs: a conversation edited again since the push stays pending. */
  conversations: { id: string; version: string }[];
  /** (id, deleted) pairs: a message tombstoned since the push stays pending. */
  messages: { id: string; deleted: boolean }[];
}

export interface AppliedConversationPull {
  conversations: number;
  messages: number;
  tombstones: number;
}

export interface ConversationSyncStore {
  /** Pending conversations (all of them) and at most `messageLimit` pending messages, oldest first. */
  pending(messageLimit: number): Promise<PendingConversationPush>;
  markPushed(ack: ConversationAck): Promise<void>;
  /** Idempotent: messages insert-if-absent by id, conversations last-writer-wins by version, tombstones hide. */
  applyPulled(page: { conversations: PulledConversation[]; messages: PulledMessage[] }): Promise<AppliedConversationPull>;
  getCursor(serverId: string): Promise<string | null>;
  setCursor(serverId: string, cursor: string): Promise<void>;
}
