// Settings as validated JSON values. A stored value that no longer matches its schema (an older app wrote it, or the
// file was edited) is ignored in favour of the default rather than crashing start-up.
import type { z } from 'zod';
import type { SqliteDatabase } from '../store/openDatabase';

export class SqliteSettingsStore {
  constructor(private readonly db: SqliteDatabase) {}

  read<S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>): z.output<S> {
    const text = this.readText(key);
    if (text === undefined) return fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  }

  /** The stored JSON text as it is, unvalidated (sync compares it with what it last synced), or undefined. */
  readText(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  /** Stores `value` as JSON and returns the text stored. */
  write(key: string, value: unknown): string {
    const text = JSON.stringify(value);
    this.db
      .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(key, text, new Date().toISOString());
    return text;
  }
}
