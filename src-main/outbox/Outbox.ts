// The offline queue's port (durable, same database as the graph). Items have a client-minted UUID so a re-send after
// a crash is recognised by the receiver; a rejected item is parked with its error and never blocks the rest.
export const OUTBOX_KINDS = ['entity_change', 'message', 'pending_action', 'conversation'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export type OutboxStatus = 'queued' | 'parked' | 'done' | 'expired' | 'discarded';

export interface OutboxItem {
  id: string;
  kind: OutboxKind;
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  expiresAt: string | null;
}

export interface EnqueueInput {
  /** Client UUID; minted when absent. Re-enqueueing the same id is a no-op. */
  id?: string;
  kind: OutboxKind;
  payload: unknown;
  expiresAt?: string | null;
}

export interface Outbox {
  enqueue(item: EnqueueInput): Promise<OutboxItem>;
  enqueueMany(items: readonly EnqueueInput[]): Promise<OutboxItem[]>;
  /** Queued, unexpired items of a kind, oldest first. Expired items flip to `expired` as they are read. */
  due(kind: OutboxKind, limit?: number): Promise<OutboxItem[]>;
  markDone(ids: readonly string[]): Promise<void>;
  /** Counts one failed attempt; `park` moves it out of the queue with its error (retry/discard from UI or CLI). */
  markFailed(id: string, error: string, options: { park: boolean }): Promise<void>;
  retry(id: string): Promise<void>;
  discard(id: string): Promise<void>;
  list(options?: { status?: OutboxStatus[]; kind?: OutboxKind }): Promise<OutboxItem[]>;
  counts(): Promise<Record<OutboxKind, { queued: number; parked: number }>>;
}
