// Opening the graph's database file is the composition root's and the tests' step before any store exists; the
// store itself never opens or closes the file (SqliteGraphStore.ts), so the opener lives apart from it.
import { graphMigrations } from '../store/graphMigrations';
import type { Migration } from '../store/Migration';
import { openDatabase } from '../store/openDatabase';
import type { SqliteDatabase } from '../store/openDatabase';
import { runMigrations } from '../store/runMigrations';

/** Opens (creating if needed) a database file and brings the graph schema (plus any `extraMigrations`) up to date. */
export function openGraphDatabase(filePath: string, extraMigrations: readonly Migration[] = []): SqliteDatabase {
  const db = openDatabase(filePath);
  try {
    runMigrations(db, [...graphMigrations, ...extraMigrations]);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
