// Builds the storage from the command line: SQLite in the data folder by default, PostgreSQL with
// `--database postgres://…`. Both run the same migrations and the same queries.
import { join } from 'node:path';
import { runMigrations } from '../../src-node-shared/sql/runMigrations';
import type { SqlClient } from '../../src-node-shared/sql/SqlClient';
import { SqliteSqlClient } from '../../src-node-shared/sql/SqliteSqlClient';
import { PostgresSqlClient } from './PostgresSqlClient';
import { SqlServerAuthStore } from './ServerAuthStore';
import { serverMigrations } from './serverMigrations';
import type { ServerStorage } from './ServerStorage';
import { SqlServerChatStore } from './SqlServerChatStore';
import { SqlServerGraphStore } from './SqlServerGraphStore';

export interface StorageLocation {
  dataDir: string;
  /** `postgres://…` / `postgresql://…`; absent = SQLite file `server.db` in the data folder. */
  databaseUrl?: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export async function openServerStorage(location: StorageLocation): Promise<ServerStorage & { client: SqlClient }> {
  const client: SqlClient = location.databaseUrl && isPostgresUrl(location.databaseUrl)
    ? new PostgresSqlClient(location.databaseUrl)
    : new SqliteSqlClient(location.databaseUrl ?? join(location.dataDir, 'server.db'));
  try {
    await runMigrations(client, serverMigrations);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return {
    client,
    dialect: client.dialect,
    graph: new SqlServerGraphStore(client),
    chat: new SqlServerChatStore(client),
    auth: new SqlServerAuthStore(client),
    close: () => client.close(),
  };
}
