// Compiling a statement costs about as much as running a small indexed query (tens of µs), so hot paths that run the
// same SQL again (search as you type, paging a conversation) keep one compiled statement per connection and SQL text.
// SQLite re-prepares a cached statement by itself when the schema changes; statements go with their connection.
import type { StatementSyncInstance } from '@photostructure/sqlite';
import type { SqliteDatabase } from './openDatabase';

/** SQL texts kept per connection; callers build SQL from a few fixed shapes, so this is only a guard against misuse. */
const MAX_PER_CONNECTION = 256;
const caches = new WeakMap<SqliteDatabase, Map<string, StatementSyncInstance>>();

export function prepareCached(db: SqliteDatabase, sql: string): StatementSyncInstance {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_PER_CONNECTION) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
