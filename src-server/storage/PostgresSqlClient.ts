// SqlClient over a pg Pool. `?` placeholders become `$n`; BIGINT columns parse to numbers (sequence numbers and
// epoch milliseconds stay far below 2^53). Write transactions lock the `sync_counters` rows they use first, which
// serialises pushes across every server process sharing the database.
import pg from 'pg';
import type { SqlClient, SqlExecutor, SqlValue } from '../../src-node-shared/sql/SqlClient';

type Row = Record<string, unknown>;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

function toPositional(sql: string): string {
  let n = 0;
  // No string literals in our queries contain '?', so a plain rewrite is safe.
  return sql.replace(/\?/g, () => `$${++n}`);
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

class PostgresExecutor implements SqlExecutor {
  readonly dialect = 'postgres' as const;
  constructor(private readonly target: pg.Pool | pg.PoolClient) {}

  async query<R extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    const result = await this.target.query({ text: toPositional(sql), values: params as unknown[], types });
    return result.rows as R[];
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    const result = await this.target.query({ text: toPositional(sql), values: params as unknown[], types });
    return { changes: result.rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    await this.target.query(sql);
  }
}

export class PostgresSqlClient implements SqlClient {
  readonly dialect = 'postgres' as const;
  readonly pool: pg.Pool;
  private readonly executor: PostgresExecutor;

  constructor(readonly connectionString: string, options: { maxConnections?: number } = {}) {
    this.pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
    // An idle client losing its connection must not crash the server; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.executor = new PostgresExecutor(this.pool);
  }

  query<R extends Row>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
    return this.executor.query<R>(sql, params);
  }

  execute(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
    return this.executor.execute(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.executor.exec(sql);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresExecutor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
