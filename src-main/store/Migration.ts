import type { SqliteDatabase } from './openDatabase';

/** One schema step. Versions are global across features: graph 1–99, chat 100+, later features their own block. */
export interface Migration {
  version: number;
  name: string;
  /** Runs inside the runner's transaction; must be synchronous. */
  up(db: SqliteDatabase): void;
}
