// Another process (the CLI while the app runs) may write the same database file. SqliteGraphStore's reads and writes
// do not depend on noticing it; only the caches that listen to onDidChange do. So the watch is its own small part:
// one cheap pragma per poll, and the change_log rows of other origins name what changed.
import type { GraphChangeEvent } from './GraphStore';
import type { SqliteDatabase } from '../store/openDatabase';
import { changesFromOthers, lastChangeSeq } from './sqliteChangeLog';
import type { PrepareStatement } from './sqliteGraphRows';

export interface ExternalWriteWatchOptions {
  db: SqliteDatabase;
  prepare: PrepareStatement;
  /** This connection's origin in the change_log: its own writes are not news. */
  origin: string;
  /** Fires the change to the store's listeners; returns whether anything was fired. */
  fire: (changed: GraphChangeEvent) => boolean;
  /** 0 turns the timer off (check() still works). */
  pollMs: number;
}

/**
 * `PRAGMA data_version` moves only when another connection commits, so the check is one pragma; when it moved, the
 * change_log rows of other origins since the last one seen name the ids.
 */
export class SqliteExternalWriteWatch {
  private dataVersion: number;
  private seenSeq: number;
  private pollTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: ExternalWriteWatchOptions) {
    this.dataVersion = this.readDataVersion();
    this.seenSeq = lastChangeSeq(options.prepare);
    if (options.pollMs > 0) {
      this.pollTimer = setInterval(() => this.poll(), options.pollMs);
      this.pollTimer.unref?.();
    }
  }

  /** Fires what other processes changed since the last check; returns whether anything was fired. */
  check(): boolean {
    const version = this.readDataVersion();
    if (version === this.dataVersion) return false;
    this.dataVersion = version;
    const { lastSeq, changed } = changesFromOthers(this.options.prepare, this.options.origin, this.seenSeq);
    this.seenSeq = lastSeq;
    return this.options.fire(changed);
  }

  dispose(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  private poll(): void {
    try {
      this.check();
    } catch (error) {
      // The database was closed under us (shutdown order) or is unreadable: stop polling rather than throw every second.
      this.dispose();
      if (this.options.db.isOpen) console.warn('[graph] checking for other processes\' writes failed', error);
    }
  }

  private readDataVersion(): number {
    return (this.options.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
  }
}
