// Test harness: the demo home loaded into a real SqliteGraphStore in a temp dir, and a ToolContext over it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../../src-shared/protocol/entities';
import { VersionClock } from '../../../src-shared/protocol/version';
import { EntityNameResolver } from '../../../src-main/graph/EntityNameResolver';
import { importHomeFile, parseHomeFile } from '../../../src-main/graph/homeFile';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import type { ToolContext } from '../../../src-main/tools/ToolDefinition';

const DEMO_HOME = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/demo-home.json');

export interface ToolTestHome {
  store: SqliteGraphStore;
  ctx: ToolContext;
  /** The id of the one current entity with this exact name (fails the test if there is not exactly one). */
  idOf(name: string, type?: Entity['entity_type']): Promise<string>;
  close(): void;
}

export async function openToolTestHome(options: { userId?: string; nowMs?: () => number } = {}): Promise<ToolTestHome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goodies-tools-'));
  const db = openGraphDatabase(path.join(dir, 'graph.db'));
  const store = new SqliteGraphStore(db);
  await importHomeFile(store, parseHomeFile(fs.readFileSync(DEMO_HOME, 'utf8')), { pending: false });
  const ctx: ToolContext = {
    store,
    resolver: new EntityNameResolver(store),
    clock: new VersionClock(options.nowMs),
    userId: options.userId ?? 'alice',
    correlationId: 'test-correlation',
  };
  return {
    store,
    ctx,
    async idOf(name, type) {
      const matches = (await store.listEntities(type ? { types: [type] } : {})).filter((e) => e.name === name);
      if (matches.length !== 1) throw new Error(`expected one entity named "${name}", found ${matches.length}`);
      return matches[0]!.id;
    },
    close() {
      store.dispose();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
