// Sequence numbers for cursors. A push reads its counter once with a row lock (PostgreSQL `FOR UPDATE`; SQLite's
// write transaction is already exclusive), numbers its rows in memory and writes the counter back before commit.
import type { SqlExecutor } from '../../src-node-shared/sql/SqlClient';

export type CounterName = 'graph' | 'chat';

export async function lockCounter(tx: SqlExecutor, name: CounterName): Promise<number> {
  const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
  const [row] = await tx.query<{ value: number }>(`SELECT value FROM sync_counters WHERE name = ?${lock}`, [name]);
  return Number(row?.value ?? 0);
}

export async function storeCounter(tx: SqlExecutor, name: CounterName, value: number): Promise<void> {
  await tx.execute('UPDATE sync_counters SET value = ? WHERE name = ?', [value, name]);
}
