// The one SQL port the home server's storage is written against, so the same queries run on SQLite and PostgreSQL.
// Placeholders are `?` in both dialects (the PostgreSQL client rewrites them to `$n`).

export type SqlDialect = 'sqlite' | 'postgres';
export type SqlValue = string | number | bigint | null;

export interface SqlExecutor {
  readonly dialect: SqlDialect;
  /** Rows as plain objects; integer columns come back as numbers in both dialects. */
  query<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; `changes` is the number of rows it touched. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlExecutor {
  /**
   * Runs `fn` in one transaction: everything `fn` does through `tx` commits together or not at all. Transactions are
   * serialised (SQLite has one writer; on PostgreSQL every writer first locks the `sync_counters` row), so sequence
   * numbers become visible in commit order and a cursor never skips a row that commits late.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Flushes what it can (SQLite: WAL checkpoint) and releases connections. */
  close(): Promise<void>;
}
