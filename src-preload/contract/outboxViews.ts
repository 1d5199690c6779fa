// What the offline queue's calls return. Plain data, JSON-safe.

export type OutboxKindName = 'entity_change' | 'message' | 'pending_action' | 'conversation';
export type OutboxStatusName = 'queued' | 'parked' | 'done' | 'expired' | 'discarded';

export interface OutboxItemView {
  id: string;
  kind: OutboxKindName;
  status: OutboxStatusName;
  attempts: number;
  /** Why the last try failed (the server's error for a parked change). */
  last_error: string | null;
  created_at: string;
  expires_at: string | null;
  /** One line for people, e.g. "Change to Bedside Lamp" or "Turn off Porch Light (approved offline by sam)". */
  summary: string;
}

export type OutboxCountsView = Record<OutboxKindName, { queued: number; parked: number }>;

/** A question answered locally while the remote model was down, which may be asked again remotely. */
export interface OfflineAnswerView {
  id: string;
  conversation_id: string;
  question_id: string;
  reply_id: string;
  text: string;
  fallback_reason: string | null;
  asked_at: string;
}

export type ReaskWhenOnlineView = 'ask' | 'always' | 'never';

export interface OutboxSettingsView {
  reaskWhenOnline: ReaskWhenOnlineView;
}

export interface ReaskResultView {
  outcomes: Array<{ id: string; outcome: 'remote' | 'local' | 'failed'; reply_id: string | null; error: string | null }>;
}
