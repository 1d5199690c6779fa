// Every feature's migrations in one list, which is what runMigrations wants at startup (see runMigrations.ts).
// Blocks: graph 1–99, chat 100+. A feature appends its list here.
import type { Migration } from './Migration';
import { graphMigrations } from './graphMigrations';

export { graphMigrations };

export const appMigrations: readonly Migration[] = [...graphMigrations];
