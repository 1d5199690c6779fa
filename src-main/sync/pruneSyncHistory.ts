// Retention of what sync leaves behind: change_log rows every known server has passed, and finished outbox items
// (done/acked, discarded, expired) older than the window. Run after each sync and on start, in bounded batches that
// yield to the event loop in between, so a long-neglected database never holds the connection for one big DELETE.

export interface SyncHistoryPruner {
  pruneChangeLog(before: Date, limit: number): number;
}

export interface FinishedItemsPruner {
  pruneFinished(before: Date, limit: number): number;
}

export interface PruneSyncHistoryOptions {
  now?: () => Date;
  /** How long history is kept (default 7 days). */
  retentionMs?: number;
  /** Rows per DELETE (default 500). */
  batchSize?: number;
  /** Batches per table per run (default 20); the next run carries on. */
  maxBatches?: number;
}

export interface PruneSyncHistoryResult {
  changeLog: number;
  outbox: number;
}

export const SYNC_HISTORY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

export async function pruneSyncHistory(store: SyncHistoryPruner, outbox: FinishedItemsPruner, options: PruneSyncHistoryOptions = {}): Promise<PruneSyncHistoryResult> {
  const before = new Date((options.now ?? (() => new Date()))().getTime() - (options.retentionMs ?? SYNC_HISTORY_RETENTION_MS));
  const batchSize = options.batchSize ?? 500;
  const maxBatches = options.maxBatches ?? 20;
  const inBatches = async (prune: (before: Date, limit: number) => number): Promise<number> => {
    let total = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const removed = prune(before, batchSize);
      total += removed;
      if (removed < batchSize) break;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return total;
  };
  return {
    changeLog: await inBatches((b, limit) => store.pruneChangeLog(b, limit)),
    outbox: await inBatches((b, limit) => outbox.pruneFinished(b, limit)),
  };
}
