// Opens the app's one SQLite file with the settings every feature relies on.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from '@photostructure/sqlite';
import type { DatabaseSyncInstance } from '@photostructure/sqlite';

export type SqliteDatabase = DatabaseSyncInstance;

export interface OpenDatabaseOptions {
  /** How long a writer waits for another connection's lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

export function openDatabase(filePath: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  if (filePath !== ':memory:') {
    mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
    // The file holds the home's layout, private notes and conversations: owner-only, even in a folder others can read.
    // SQLite gives the -wal and -shm files the database file's permissions; existing ones are tightened too.
    if (!existsSync(filePath)) closeSync(openSync(filePath, 'a', 0o600));
    restrictToOwner(filePath);
  }
  const db = new DatabaseSync(filePath, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    // WAL: readers never block the writer, and a crash after COMMIT loses nothing. synchronous=NORMAL is durable
    // against process crashes (kill -9) in WAL mode; only an OS crash/power loss can drop the last transactions.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  } catch (error) {
    db.close();
    throw error;
  }
  if (filePath !== ':memory:') restrictToOwner(filePath);
  return db;
}

function restrictToOwner(filePath: string): void {
  for (const file of [filePath, `${filePath}-wal`, `${filePath}-shm`]) {
    try {
      if (existsSync(file)) chmodSync(file, 0o600);
    } catch {
      // Windows and some mounted file systems have no POSIX modes; the folder's ACL applies there.
    }
  }
}
