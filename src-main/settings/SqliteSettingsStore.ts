// Settings as validated JSON values. A stored value that no longer matches its schema (an older app wrote it, or the
// file was edited) is ignored in favour of the default rather than crashing start-up.
import type { z } from 'zod';
import type { SqliteDatabase } from '../store/openDatabase';

export class SqliteSettingsStore {
  constructor(private readonly db: SqliteDatabase) {}

  read<S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>): z.output<S> {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    if (!row) return fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  }

  write(key: string, value: unknown): void {
    this.db
      .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(key, JSON.stringify(value), new Date().toISOString());
  }
}
