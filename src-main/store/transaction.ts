import type { SqliteDatabase } from './openDatabase';

/**
 * Runs `fn` atomically. The outermost call is `BEGIN IMMEDIATE` (takes the write lock up front, so two writers
 * never deadlock upgrading read locks); nested calls become savepoints, so an inner failure that the caller catches
 * rolls back only the inner work. `fn` must be synchronous: the SQLite API is, and an awaited gap inside a
 * transaction would let unrelated writes join it.
 */
export function transaction<T>(db: SqliteDatabase, fn: () => T): T {
  const nested = db.isTransaction;
  db.exec(nested ? 'SAVEPOINT nested_tx' : 'BEGIN IMMEDIATE');
  let result: T;
  try {
    result = fn();
    if (result instanceof Promise) throw new Error('transaction(): fn must be synchronous (it returned a Promise)');
  } catch (error) {
    if (nested) {
      db.exec('ROLLBACK TO nested_tx');
      db.exec('RELEASE nested_tx');
    } else if (db.isTransaction) {
      db.exec('ROLLBACK');
    }
    throw error;
  }
  db.exec(nested ? 'RELEASE nested_tx' : 'COMMIT');
  return result;
}
