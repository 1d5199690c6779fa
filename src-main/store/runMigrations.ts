// Applies numbered migrations in order, each in its own transaction, recorded in `schema_migrations`.
// A table rather than only `PRAGMA user_version`: features contribute blocks of numbers (graph 1–99, chat 100+), and a
// graph migration 4 added after chat 100 shipped must still run on databases already at 100. `user_version` is kept
// equal to the highest applied version for tools that only look at the header.
import { AppError } from '../../src-shared/errors';
import type { Migration } from './Migration';
import type { SqliteDatabase } from './openDatabase';
import { transaction } from './transaction';

export interface MigrationReport {
  /** Versions applied by this call, in order. */
  applied: number[];
  /** Highest applied version after this call (0 for an empty database with no migrations). */
  schemaVersion: number;
}

/**
 * Call once at startup with every feature's migrations. Refuses (AppError 'unavailable', not retryable) to touch a
 * database that a newer build has migrated past the highest version this code knows, instead of corrupting it.
 */
export function runMigrations(db: SqliteDatabase, migrations: readonly Migration[]): MigrationReport {
  const sorted = checkMigrationList(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const appliedRows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
  const appliedVersions = new Set(appliedRows.map((r) => r.version));
  const headerVersion = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  const knownMax = sorted.at(-1)?.version ?? 0;
  const dbMax = Math.max(headerVersion, ...appliedVersions);
  if (dbMax > knownMax) {
    throw new AppError(
      'unavailable',
      `This database (${db.location() ?? 'in memory'}) is at schema version ${dbMax}, newer than this version of Goodies knows (${knownMax}). ` +
        'It was written by a newer Goodies Desktop: update the app, or move the file aside to start fresh.',
      { retryable: false, details: { databaseVersion: dbMax, knownVersion: knownMax } },
    );
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of sorted) {
    if (appliedVersions.has(migration.version)) continue;
    transaction(db, () => {
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
      const max = Math.max(migration.version, ...appliedVersions, ...applied);
      db.exec(`PRAGMA user_version = ${max}`);
    });
    applied.push(migration.version);
  }
  return { applied, schemaVersion: Math.max(0, ...appliedVersions, ...applied) };
}

function checkMigrationList(migrations: readonly Migration[]): Migration[] {
  const seen = new Map<number, string>();
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version < 1) {
      throw new Error(`Migration "${m.name}" has an invalid version ${String(m.version)} (positive integers only)`);
    }
    const other = seen.get(m.version);
    if (other !== undefined) throw new Error(`Duplicate migration version ${m.version}: "${other}" and "${m.name}"`);
    seen.set(m.version, m.name);
  }
  return [...migrations].sort((a, b) => a.version - b.version);
}
