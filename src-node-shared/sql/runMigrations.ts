// Numbered migrations for the SqlClient port, each applied in its own transaction and recorded in
// `schema_migrations`. A migration carries one script per dialect, so SQLite and PostgreSQL stay in step.
import type { SqlClient, SqlDialect } from './SqlClient';

export interface SqlMigration {
  version: number;
  name: string;
  sql: Record<SqlDialect, string>;
}

export async function runMigrations(client: SqlClient, migrations: readonly SqlMigration[]): Promise<number[]> {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  if (new Set(sorted.map((m) => m.version)).size !== sorted.length) throw new Error('Duplicate migration versions');
  await client.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied: number[] = [];
  for (const migration of sorted) {
    // Checked and applied inside the transaction: two server processes starting together on one PostgreSQL must not
    // both apply a migration (the advisory lock serialises them; SQLite transactions already are).
    const didApply = await client.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(727100)');
      const done = await tx.query('SELECT version FROM schema_migrations WHERE version = ?', [migration.version]);
      if (done.length) return false;
      await tx.exec(migration.sql[tx.dialect]);
      await tx.execute('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, new Date().toISOString()]);
      return true;
    });
    if (didApply) applied.push(migration.version);
  }
  const known = sorted.at(-1)?.version ?? 0;
  const [{ max } = { max: 0 }] = await client.query<{ max: number | null }>('SELECT MAX(version) AS max FROM schema_migrations');
  if (Number(max ?? 0) > known) {
    throw new Error(`The database is at schema version ${String(max)}, newer than this server knows (${known}); update the server.`);
  }
  return applied;
}
