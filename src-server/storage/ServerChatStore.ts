// The conversation extension's storage port (see SqlServerChatStore for the rules).
import type { ChatAcks, ChatPush, ChatRejection, ChatSyncResponse, PulledConversation, PulledMessage } from '../../src-shared/protocol/conversationSync';

export interface ChatPushOutcome {
  applied: ChatAcks;
  rejected: ChatRejection[];
  /** Users who can see something this push changed: they get a "pull now". */
  affectedUserIds: string[];
}

export type ChatPullPage = Pick<ChatSyncResponse, 'changes' | 'has_more'> & { lastSeq: number };

export interface MessageSearchHit {
  conversation_id: string;
  message: PulledMessage;
}

export interface ServerChatStore {
  /** One transaction; every record is acked or rejected by id; re-sends are no-ops that are acked again. */
  applyPush(userId: string, push: ChatPush): Promise<ChatPushOutcome>;
  /** What `userId` may see (own or shared conversations, own records) after `afterSeq`, in sequence order. */
  pullPage(userId: string, afterSeq: number, limit: number): Promise<ChatPullPage>;
  listConversations(userId: string, options: { includeDeleted: boolean }): Promise<PulledConversation[]>;
  getConversation(userId: string, id: string): Promise<{ conversation: PulledConversation; messages: PulledMessage[] } | undefined>;
  /** Marks the conversation deleted with a server-minted version; only its owner may. */
  deleteConversation(userId: string, id: string, version: string): Promise<'deleted' | 'not_found' | 'forbidden'>;
  searchMessages(userId: string, query: string, limit: number): Promise<MessageSearchHit[]>;
}
