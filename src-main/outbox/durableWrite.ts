// Queue writes commit with `synchronous=FULL`; the rest of the app keeps NORMAL (openDatabase.ts). In WAL mode NORMAL
// already survives kill -9, but an OS crash or power loss can drop the last commits; FULL fsyncs the WAL on every
// commit, so an item the UI reported as queued survives that too.
//
// PRAGMA synchronous is per connection and cannot change inside a transaction, but it is read at COMMIT time. So a
// queue write outside any transaction flips the pragma, commits, and flips it back. The SQLite API is synchronous,
// so nothing else can commit on this connection in between. Inside a caller's transaction the caller's COMMIT
// decides (the pragma cannot change there); `durableWrite` then just joins it as a savepoint.
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';

export type SynchronousLevel = 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
const LEVELS: readonly SynchronousLevel[] = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/** The connection's current `PRAGMA synchronous` (SQLite reports it as 0–3). */
export function readSynchronous(db: SqliteDatabase): SynchronousLevel {
  const row = db.prepare('PRAGMA synchronous').get() as { synchronous: number };
  return LEVELS[row.synchronous] ?? 'NORMAL';
}

/**
 * Runs `fn` in a transaction that commits with `level` (default FULL), then restores `restoreTo` (the connection's
 * usual level, read once by the caller so each write costs two cheap pragma statements, not three).
 */
export function durableWrite<T>(db: SqliteDatabase, fn: () => T, restoreTo: SynchronousLevel, level: SynchronousLevel = 'FULL'): T {
  if (db.isTransaction || level === restoreTo) return transaction(db, fn);
  db.exec(`PRAGMA synchronous = ${level}`);
  try {
    return transaction(db, fn);
  } finally {
    db.exec(`PRAGMA synchronous = ${restoreTo}`);
  }
}
