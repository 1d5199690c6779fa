// A full pull writes many pages in a row; checkpointing the WAL after every ~4 MB rewrites the same index pages into
// the database file again and again. Deferring the checkpoint to just after the pull is a job of its own, apart from
// the store's reads and writes (SqliteGraphStore.beginLargePull / endLargePull).
import type { SqliteDatabase } from '../store/openDatabase';

/**
 * Turns automatic checkpoints off for the outermost of nested large pulls and back on at its end, then checkpoints
 * once just after the pull has returned. Commits stay as durable as before (the WAL is the commit).
 */
export class SqliteLargePullCheckpoints {
  /** The WAL checkpoint deferred from the end of a large pull to just after it. */
  private checkpointTimer: ReturnType<typeof setTimeout> | undefined;
  /** beginLargePull nesting, and the connection's wal_autocheckpoint to restore at the end. */
  private largePulls = 0;
  private usualAutocheckpoint = 1000;

  constructor(private readonly db: SqliteDatabase) {}

  begin(): void {
    if (this.largePulls++ > 0) return;
    const row = this.db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number } | undefined;
    this.usualAutocheckpoint = Number(row?.wal_autocheckpoint ?? 1000);
    this.db.exec('PRAGMA wal_autocheckpoint = 0');
  }

  /**
   * Restores automatic checkpoints, and copies the deferred pages into the database file just after the pull has
   * returned: the pulled data is already durable in the WAL, so the sync (and whoever waits for it) does not wait for
   * this housekeeping. PASSIVE never waits for other readers.
   */
  end(): void {
    if (this.largePulls === 0 || --this.largePulls > 0) return;
    this.db.exec(`PRAGMA wal_autocheckpoint = ${this.usualAutocheckpoint}`);
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      try {
        this.db.prepare('PRAGMA wal_checkpoint(PASSIVE)').get();
      } catch {
        // Closed in the meantime (shutdown): SQLite checkpoints the WAL when the last connection closes.
      }
    }, 0);
    this.checkpointTimer.unref?.();
  }

  dispose(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = undefined;
  }
}
