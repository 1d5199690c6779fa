// SqlClient over one @photostructure/sqlite connection (WAL). The API is synchronous; the async surface lets the same
// storage code run on PostgreSQL. One connection means a transaction's awaits could interleave with other requests'
// statements, so every statement and transaction goes through one FIFO lock.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from '@photostructure/sqlite';
import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import { AsyncMutex } from './AsyncMutex';
import type { SqlClient, SqlExecutor, SqlValue } from './SqlClient';

type Row = Record<string, unknown>;

class SqliteExecutor implements SqlExecutor {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, ReturnType<DatabaseSyncInstance['prepare']>>();

  constructor(readonly db: DatabaseSyncInstance) {}

  private statement(sql: string): ReturnType<DatabaseSyncInstance['prepare']> {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  querySync<R extends Row>(sql: string, params: readonly SqlValue[] = []): R[] {
    return this.statement(sql).all(...params) as R[];
  }

  executeSync(sql: string, params: readonly SqlValue[] = []): { changes: number } {
    const result = this.statement(sql).run(...params);
    return { changes: Number(result.changes) };
  }

  async query<R extends Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
    return this.querySync<R>(sql, params);
  }

  async execute(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
    return this.executeSync(sql, params);
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }
}

export class SqliteSqlClient implements SqlClient {
  readonly dialect = 'sqlite' as const;
  private readonly executor: SqliteExecutor;
  private readonly lock = new AsyncMutex();
  private closed = false;

  constructor(readonly filePath: string, options: { busyTimeoutMs?: number } = {}) {
    if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
    const db = new DatabaseSync(filePath, { timeout: options.busyTimeoutMs ?? 5000 });
    // WAL: readers never block the writer; synchronous=NORMAL survives process crashes (kill -9) in WAL mode.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    this.executor = new SqliteExecutor(db);
  }

  query<R extends Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
    return this.lock.run(() => this.executor.query<R>(sql, params));
  }

  execute(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
    return this.lock.run(() => this.executor.execute(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.lock.run(() => this.executor.exec(sql));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      this.executor.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.executor);
        this.executor.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.executor.db.isTransaction) this.executor.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.lock.run(async () => {
      if (this.closed) return;
      this.closed = true;
      // Fold the WAL back into the main file so a stopped server leaves one self-contained database.
      this.executor.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      this.executor.db.close();
    });
  }
}
